/**
 * True when the database refused a write because another premise of the tenant holds the same
 * reference: the unique index settles a race that the check before the write cannot.
 */
export const isReferenceClash = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === '23505' &&
  (error as { constraint?: unknown }).constraint === 'premise_reference_unique';
