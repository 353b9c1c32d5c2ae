export { PartiesPage } from './parties-page.tsx';
export { PartyPicker } from './party-picker.tsx';
