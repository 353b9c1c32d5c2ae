export { GlobalSearchBox } from './global-search-box.tsx';
