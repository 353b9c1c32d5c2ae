export { findSearchHits } from './find-search-hits.ts';
export { searchRoutes } from './search.routes.ts';
export type { SearchTables } from './search.tables.ts';
