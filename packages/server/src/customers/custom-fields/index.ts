export type { CustomFieldTables } from './custom-field.tables.ts';
export { customFieldRoutes } from './custom-fields.routes.ts';
export { type CustomFieldHit, findCustomFieldHits } from './find-custom-field-hits.ts';
