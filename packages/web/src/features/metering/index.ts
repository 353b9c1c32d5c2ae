export { MeterDetailPage, MetersPage } from './meters-page.tsx';
