import type { Premise } from '@utilis/contracts';

/** One line a clerk recognises a premise by: its address, the unit, the town, and the tenant's reference. */
export const premiseLabel = (
  premise: Pick<Premise, 'addressLine1' | 'addressLine2' | 'city' | 'postalCode' | 'reference'>,
) => {
  const address = [
    premise.addressLine1,
    premise.addressLine2,
    [premise.postalCode, premise.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  return premise.reference ? `${address} (${premise.reference})` : address;
};
