/**
 * True when the database refused a write because another party of the tenant holds the same
 * reference: the unique index settles a race that no check before the write can.
 */
export const isPartyReferenceClash = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === '23505' &&
  (error as { constraint?: unknown }).constraint === 'party_reference_unique';
