export { AccountListsPanel } from './account-lists-panel.tsx';
export { AccountPicker } from './account-picker.tsx';
export { AccountsPage } from './accounts-page.tsx';
