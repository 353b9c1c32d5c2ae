import type { CustomerColumn, CustomerRow, CustomerRowError } from '@utilis/domain';

/** A valid row of a file on its way to the database. */
export interface LinedRow {
  readonly line: number;
  readonly row: CustomerRow;
}

/** A row rejected, with every reason. */
export interface RejectedLine {
  readonly line: number;
  readonly errors: readonly CustomerRowError[];
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

export function addTally(total: Partial<ImportTally>, more: ImportTally): ImportTally {
  const sum = emptyTally();
  for (const kind of importedKinds) {
    sum[kind] = {
      created: (total[kind]?.created ?? 0) + more[kind].created,
      updated: (total[kind]?.updated ?? 0) + more[kind].updated,
    };
  }
  return sum;
}

/** Columns the file has: an absent column leaves the stored value alone instead of clearing it. */
export type PresentColumns = ReadonlySet<CustomerColumn>;
