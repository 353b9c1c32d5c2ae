import type { CustomerColumn } from './customer-columns.ts';
import type { CustomerRowError } from './customer-row-error.ts';

/** A row of a customer file once every cell is checked: what it says about each thing it names. */
export interface CustomerRow {
  readonly party: {
    readonly reference: string;
    readonly kind: 'person' | 'organisation';
    readonly givenName: string | null;
    readonly middleName: string | null;
    readonly familyName: string | null;
    readonly organisationName: string | null;
    readonly registrationNumber: string | null;
    readonly email: string | null;
    readonly phone: string | null;
    readonly locale: string | null;
  };
  readonly account: {
    readonly accountNumber: string;
    readonly branch: string | null;
    /** null: the tenant's currency. */
    readonly currency: string | null;
    readonly openedOn: string;
  };
  /** The service point the account is supplied at, when the row names one. */
  readonly servicePoint: {
    readonly premiseReference: string;
    readonly addressLine1: string;
    readonly addressLine2: string | null;
    readonly city: string;
    readonly postalCode: string | null;
    readonly country: string;
    readonly parentPremiseReference: string | null;
    readonly serviceKind: string;
  } | null;
  /** The meter installed at that service point, when the row names one. */
  readonly meter: {
    readonly serial: string;
    readonly kind: string;
    readonly unit: string;
    readonly digits: number;
    /** Exact decimal text. */
    readonly multiplier: string;
    readonly installedOn: string;
    /** Exact decimal text. */
    readonly installReading: string;
  } | null;
}

/** The cells of one file row by column name, as read (a missing column reads as ''). */
export type CustomerCells = Partial<Record<CustomerColumn, string>>;

export type CustomerRowCheck =
  | { readonly ok: true; readonly row: CustomerRow }
  | { readonly ok: false; readonly errors: readonly CustomerRowError[] };
