export { findSearchHits } from './find-search-hits.ts';
export { searchRoutes } from './search.routes.ts';
