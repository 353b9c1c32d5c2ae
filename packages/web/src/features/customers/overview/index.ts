export { CustomerOverviewPage } from './customer-overview-page.tsx';
