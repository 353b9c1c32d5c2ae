export { metersAtServicePoints } from './installations-at-service-points.ts';
export type { MeterTables } from './meter.tables.ts';
export { meterRoutes } from './meters.routes.ts';
export { recordMoveReadings } from './record-move-readings.ts';
