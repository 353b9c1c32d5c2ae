import {
  type AccountNumberPattern,
  matchesAccountNumberPattern,
} from '../customers/accounts/account-number-pattern.ts';
import {
  type AgreementChangeError,
  type AgreementSpan,
  decideAgreementChange,
} from '../customers/agreements/agreement-timeline.ts';
import { readingFitsRegister } from '../metering/consumption-across-meters.ts';
import { decideInstallation, type InstallationSpan } from '../metering/meter-installation-timeline.ts';
import { unreachable } from '../unreachable.ts';
import type { CustomerRow } from './customer-row.ts';
import type { CustomerRowError, CustomerRowErrorCode } from './customer-row-error.ts';

/**
 * What is stored about the things a batch of rows names, keyed by their natural keys: accounts by
 * number, premises and meters by reference and serial, service points by `servicePointKey`.
 * Agreement spans name their account by number; installation spans name the meter by serial and
 * the service point by its key.
 */
export interface StoredCustomers {
  readonly parties: ReadonlyMap<string, { readonly kind: 'person' | 'organisation' }>;
  readonly accounts: ReadonlyMap<string, StoredAccount>;
  /** The stored premises the batch names and every building above them: reference → building reference. */
  readonly buildings: ReadonlyMap<string, string | null>;
  /** Every agreement, ended or running, of each stored service point the batch names. */
  readonly agreements: ReadonlyMap<string, readonly AgreementSpan[]>;
  readonly meters: ReadonlyMap<string, StoredMeter>;
  /** Every installation of the batch's meters and at its service points. */
  readonly installations: readonly InstallationSpan[];
}

export interface StoredAccount {
  /** The reference of the account's party; null when that party has none. */
  readonly partyReference: string | null;
  readonly currency: string;
  /** YYYY-MM-DD */
  readonly openedOn: string;
  readonly isClosed: boolean;
}

export interface StoredMeter {
  readonly kind: string;
  readonly digits: number;
  readonly isRetired: boolean;
  /** The largest reading taken, exact decimal text; null when there is none or it was not looked up. */
  readonly largestReading: string | null;
}

/** The rules of the tenant a batch is imported into. */
export interface ImportingTenant {
  /** The currency of an account whose row leaves it empty. */
  readonly currency: string;
  /** The tenant's own account numbering; null when it set none (any number of the layout is taken). */
  readonly accountNumberPattern: AccountNumberPattern | null;
}

/** A row the batch writes, and the two things it may start: an agreement and an installation. */
export interface AcceptedCustomerRow {
  readonly line: number;
  readonly row: CustomerRow;
  /** The account moves in at the row's service point from the day it opened. */
  readonly startsAgreement: boolean;
  /** The row's meter is installed at the row's service point on its installation day. */
  readonly installsMeter: boolean;
}

export interface CustomerRowsDecision {
  readonly accepted: readonly AcceptedCustomerRow[];
  readonly rejected: readonly { readonly line: number; readonly errors: readonly CustomerRowError[] }[];
}

/** The key of a service point: one per premise and service kind (a NUL is in no reference). */
export const servicePointKey = (premiseReference: string, serviceKind: string): string =>
  `${premiseReference}\u0000${serviceKind}`;

// Deeper than any real building → unit → room chain; stops a corrupt loop from spinning.
const maxBuildingDepth = 64;

/**
 * Decides, row by row in file order, what a batch of valid rows may write given what is stored:
 * the rules a clerk meets in the API (a move-in that overlaps an agreement, a meter that cannot
 * measure the service or hangs somewhere, a register already metered, a closed account, a number
 * outside the tenant's pattern…) and the natural keys' own (a party of the other kind, an account
 * of another party). Each row sees the stored state as the rows accepted before it leave it, so a
 * row that needs what a refused row would have made (its building) is refused too.
 */
export function decideCustomerRows(
  stored: StoredCustomers,
  rows: readonly { readonly line: number; readonly row: CustomerRow }[],
  tenant: ImportingTenant,
  {
    hasParentColumn = true,
  }: {
    /** Whether the file has the parent_premise_reference column; without it a stored building stays. */
    hasParentColumn?: boolean;
  } = {},
): CustomerRowsDecision {
  const parties = new Map(stored.parties);
  const accounts = new Map(stored.accounts);
  const buildings = new Map(stored.buildings);
  const agreements = new Map(stored.agreements);
  const meters = new Map(stored.meters);
  // Installations by meter and by service point: a row looks only at those it could clash with.
  const byMeter = groupBy(stored.installations, (span) => span.meterId);
  const byPoint = groupBy(stored.installations, (span) => span.servicePointId);
  const accepted: AcceptedCustomerRow[] = [];
  const rejected: { line: number; errors: CustomerRowError[] }[] = [];

  for (const { line, row } of rows) {
    const { party, account, servicePoint, meter } = row;
    const errors: CustomerRowError[] = [];
    const refuse = (code: CustomerRowErrorCode, column: CustomerRowError['column']) => {
      errors.push({ code, column });
    };

    const storedParty = parties.get(party.reference);
    if (storedParty && storedParty.kind !== party.kind) refuse('party_kind_differs', 'party_kind');

    const currency = account.currency ?? tenant.currency;
    const storedAccount = accounts.get(account.accountNumber);
    if (storedAccount) {
      if (storedAccount.partyReference !== party.reference) refuse('account_of_other_party', 'account_number');
      else if (storedAccount.openedOn !== account.openedOn) refuse('account_differs', 'opened_on');
      else if (storedAccount.currency !== currency) refuse('account_differs', 'currency');
    } else if (
      tenant.accountNumberPattern !== null &&
      !matchesAccountNumberPattern(tenant.accountNumberPattern, account.accountNumber)
    ) {
      refuse('account_number_pattern_mismatch', 'account_number');
    }

    let startsAgreement = false;
    let installsMeter = false;
    if (servicePoint) {
      const { premiseReference, parentPremiseReference: parent } = servicePoint;
      if (parent !== null && !buildings.has(parent)) {
        refuse('parent_premise_not_found', 'parent_premise_reference');
      } else if (closesLoop(buildings, premiseReference, parent)) {
        refuse('premise_cannot_contain_itself', 'parent_premise_reference');
      }

      // The account moves in at the service point on the day it opened, unless it is supplied there.
      const key = servicePointKey(premiseReference, servicePoint.serviceKind);
      const spans = agreements.get(key) ?? [];
      const running = spans.find((span) => span.endOn === null);
      if (running && running.accountId !== account.accountNumber) {
        refuse('service_point_of_other_account', 'service_kind');
      } else if (!running) {
        const moveIn = decideAgreementChange(spans, {
          kind: 'move_in',
          accountId: account.accountNumber,
          on: account.openedOn,
        });
        if (!moveIn.ok) refuse(moveInRefusal(moveIn.code), 'opened_on');
        else if (moveIn.value.started && moveIn.value.started.startOn < (storedAccount?.openedOn ?? account.openedOn)) {
          refuse('agreement_before_account_opened', 'opened_on');
        }
        if (storedAccount?.isClosed) refuse('account_closed', 'account_number');
        startsAgreement = true;
      }

      if (meter) {
        const storedMeter = meters.get(meter.serial);
        const related = [...(byMeter.get(meter.serial) ?? []), ...(byPoint.get(key) ?? [])];
        const hanging = related.find((span) => span.meterId === meter.serial && span.removedOn === null);
        if (hanging && hanging.servicePointId !== key) {
          refuse('meter_installed_elsewhere', 'meter_serial');
        } else if (hanging) {
          // It hangs here already: nothing to install; its kind (the register it fills) stays.
          if (storedMeter && storedMeter.kind !== meter.kind) refuse('meter_still_installed', 'meter_kind');
        } else {
          if (storedMeter?.isRetired) refuse('meter_retired', 'meter_serial');
          const installation = decideInstallation(related, {
            meterId: meter.serial,
            servicePointId: key,
            register: meter.kind,
            on: meter.installedOn,
          });
          if (!installation.ok) {
            refuse(installation.code, installation.code === 'meter_already_installed' ? 'installed_on' : 'meter_kind');
          }
          installsMeter = true;
        }
        // Fewer digits must still show every reading the meter has given.
        const largest = storedMeter?.largestReading ?? null;
        if (storedMeter && meter.digits < storedMeter.digits && largest !== null) {
          if (!readingFitsRegister(largest, meter.digits)) refuse('reading_exceeds_register', 'meter_digits');
        }
      }
    }

    if (errors.length > 0) {
      rejected.push({ line, errors });
      continue;
    }
    accepted.push({ line, row, startsAgreement, installsMeter });

    // What later rows of the batch see.
    parties.set(party.reference, { kind: party.kind });
    accounts.set(account.accountNumber, {
      partyReference: party.reference,
      currency,
      openedOn: account.openedOn,
      isClosed: storedAccount?.isClosed ?? false,
    });
    if (servicePoint) {
      const { premiseReference, parentPremiseReference } = servicePoint;
      if (hasParentColumn || !buildings.has(premiseReference)) buildings.set(premiseReference, parentPremiseReference);
      const key = servicePointKey(premiseReference, servicePoint.serviceKind);
      if (startsAgreement) {
        const started = {
          id: `line ${line}`,
          accountId: account.accountNumber,
          startOn: account.openedOn,
          endOn: null,
        };
        agreements.set(key, [...(agreements.get(key) ?? []), started]);
      }
      if (meter) {
        const storedMeter = meters.get(meter.serial);
        meters.set(meter.serial, {
          kind: meter.kind,
          digits: meter.digits,
          isRetired: false,
          largestReading: storedMeter?.largestReading ?? null,
        });
        if (installsMeter) {
          const installed = {
            id: `line ${line}`,
            meterId: meter.serial,
            servicePointId: key,
            register: meter.kind,
            installedOn: meter.installedOn,
            removedOn: null,
          };
          byMeter.set(meter.serial, [...(byMeter.get(meter.serial) ?? []), installed]);
          byPoint.set(key, [...(byPoint.get(key) ?? []), installed]);
        }
      }
    }
  }
  return { accepted, rejected };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Whether putting a premise under this building makes it a unit of itself, through any chain. */
function closesLoop(buildings: ReadonlyMap<string, string | null>, premise: string, building: string | null): boolean {
  let above = building;
  for (let depth = 0; above !== null && above !== undefined; depth++) {
    if (above === premise || depth > maxBuildingDepth) return true;
    above = buildings.get(above) ?? null;
  }
  return false;
}

function moveInRefusal(code: AgreementChangeError): CustomerRowErrorCode {
  switch (code) {
    case 'agreement_overlaps':
      return code;
    case 'move_out_before_move_in':
    case 'service_point_vacant':
      throw new Error(`A move-in is never refused with ${code}`);
    default:
      return unreachable(code);
  }
}
