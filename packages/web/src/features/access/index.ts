export { ApiKeysPage } from './api-keys-page.tsx';
export { RolesPage } from './roles-page.tsx';
export { UsersPage } from './users-page.tsx';
