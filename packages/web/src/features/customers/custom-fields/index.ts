export { CustomFieldDefinitionsPage } from './custom-field-definitions-page.tsx';
export { CustomFieldsPanel } from './custom-fields-panel.tsx';
