export type { MoveKind } from './agreements-api.ts';
export { MoveWizard } from './move-wizard.tsx';
