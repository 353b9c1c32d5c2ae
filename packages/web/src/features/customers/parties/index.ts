export { PartiesPage } from './parties-page.tsx';
export { PartyListsPanel } from './party-lists-panel.tsx';
export { PartyPicker } from './party-picker.tsx';
