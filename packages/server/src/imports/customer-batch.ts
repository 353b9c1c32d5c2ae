import type { CustomerColumn, CustomerRow, CustomerRowError } from '@utilis/domain';

/** A valid row of a file on its way to the database. */
export interface LinedRow {
  readonly line: number;
  readonly row: CustomerRow;
}

/** What one batch did: rows committed, rows the database state refused, things created and changed. */
export interface BatchOutcome {
  readonly committed: number;
  readonly rejected: { readonly line: number; readonly errors: readonly CustomerRowError[] }[];
  readonly counts: ImportTally;
}

export const importedKinds = ['parties', 'accounts', 'premises', 'servicePoints', 'meters'] as const;
export type ImportedKind = (typeof importedKinds)[number];
export type ImportTally = Record<ImportedKind, { created: number; updated: number }>;

export const emptyTally = (): ImportTally => ({
  parties: { created: 0, updated: 0 },
  accounts: { created: 0, updated: 0 },
  premises: { created: 0, updated: 0 },
  servicePoints: { created: 0, updated: 0 },
  meters: { created: 0, updated: 0 },
});

export function addTally(total: ImportTally, more: ImportTally): ImportTally {
  const sum = emptyTally();
  for (const kind of importedKinds) {
    sum[kind] = {
      created: total[kind].created + more[kind].created,
      updated: total[kind].updated + more[kind].updated,
    };
  }
  return sum;
}

/** The tenant facts a batch needs: its id, the language names are ordered in, the default currency. */
export interface ImportTenant {
  readonly id: string;
  readonly locale: string;
  readonly currency: string;
}

/** Columns the file has: an absent column leaves the stored value alone instead of clearing it. */
export type PresentColumns = ReadonlySet<CustomerColumn>;
