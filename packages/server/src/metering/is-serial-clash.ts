/**
 * True when the database refused a write because another meter of the tenant holds the same
 * serial: the unique constraint settles a race that the check before the write cannot.
 */
export const isSerialClash = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === '23505' &&
  (error as { constraint?: unknown }).constraint === 'meter_serial_unique';
