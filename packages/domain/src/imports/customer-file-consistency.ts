import type { CustomerColumn } from './customer-columns.ts';
import type { CustomerRow } from './customer-row.ts';
import type { CustomerRowError } from './customer-row-error.ts';

/**
 * Remembers what earlier rows of one file said about each natural key (party reference, account
 * number, premise reference, service point, meter serial), so a later row that says something else
 * about the same thing is rejected rather than silently overwriting it.
 */
export interface CustomerFileConsistency {
  /** The conflicts of a valid row with earlier accepted rows; an accepted row is remembered. */
  check(row: CustomerRow): CustomerRowError[];
  /** Whether an earlier accepted row of this file describes this premise. */
  hasPremise(reference: string): boolean;
}

export function customerFileConsistency(): CustomerFileConsistency {
  const facts = new Map<string, string>();
  const premises = new Set<string>();

  const factsOf = (row: CustomerRow): [key: string, fingerprint: string, column: CustomerColumn][] => {
    const { party, account, servicePoint, meter } = row;
    const found: [string, string, CustomerColumn][] = [
      [`party ${party.reference}`, JSON.stringify(party), 'party_reference'],
      [
        `account ${account.accountNumber}`,
        JSON.stringify([party.reference, account.branch, account.currency, account.openedOn]),
        'account_number',
      ],
    ];
    if (servicePoint) {
      const { serviceKind, ...premise } = servicePoint;
      found.push([`premise ${premise.premiseReference}`, JSON.stringify(premise), 'premise_reference']);
      found.push([`service point ${premise.premiseReference} ${serviceKind}`, account.accountNumber, 'service_kind']);
      if (meter) {
        found.push([
          `meter ${meter.serial}`,
          JSON.stringify([meter, premise.premiseReference, serviceKind]),
          'meter_serial',
        ]);
      }
    }
    return found;
  };

  return {
    check(row) {
      const found = factsOf(row);
      const errors = found
        .filter(([key, fingerprint]) => facts.has(key) && facts.get(key) !== fingerprint)
        .map(([, , column]): CustomerRowError => ({ code: 'conflicts_with_earlier_row', column }));
      if (errors.length > 0) return errors;
      for (const [key, fingerprint] of found) facts.set(key, fingerprint);
      if (row.servicePoint) premises.add(row.servicePoint.premiseReference);
      return [];
    },
    hasPremise: (reference) => premises.has(reference),
  };
}
