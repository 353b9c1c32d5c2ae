export { premiseLabel } from './premise-label.ts';
export { PremisePicker } from './premise-picker.tsx';
export { getPremise, premiseKeys } from './premises-api.ts';
export { PremisesPage } from './premises-page.tsx';
