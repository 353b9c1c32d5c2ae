import type { ImportFormat } from '@utilis/contracts';
import { type CustomerColumn, customerColumns } from '@utilis/domain';
import type { Transaction } from 'kysely';
import { type SuppliedAccount, suppliedAccounts } from '../customers/index.ts';
import type { Database } from '../db/index.ts';
import { type HangingMeter, metersHangingAt } from '../metering/index.ts';
import { writeCustomerFile } from './write-customer-file.ts';

/**
 * A tenant's customers in the import layout, read on the caller's transaction: one row per
 * account and service point it is supplied at now (running agreement), with each meter hanging
 * there; an account supplied nowhere gets one row without premise columns. Buildings come before
 * their units, and units before their rooms, so the file imports into an empty tenant as it stands.
 */
export async function exportCustomers(
  trx: Transaction<Database>,
  {
    tenantId,
    format,
    branches,
  }: { tenantId: string; format: ImportFormat /** null: every branch. */; branches: ReadonlySet<string> | null },
): Promise<Uint8Array> {
  const accounts = await suppliedAccounts(trx, { tenantId, branches });
  const servicePointIds = [...new Set(accounts.flatMap((account) => account.servicePointId ?? []))];
  const metersAt = new Map<string, HangingMeter[]>();
  for (const meter of await metersHangingAt(trx, { tenantId, servicePointIds })) {
    metersAt.set(meter.servicePointId, [...(metersAt.get(meter.servicePointId) ?? []), meter]);
  }
  const rows = accounts.flatMap((account) => {
    const hanging = account.servicePointId === null ? [] : (metersAt.get(account.servicePointId) ?? []);
    return hanging.length === 0 ? [cellsOf(account, null)] : hanging.map((meter) => cellsOf(account, meter));
  });
  return writeCustomerFile(rows, format);
}

function cellsOf(account: SuppliedAccount, meter: HangingMeter | null): string[] {
  const values: Record<CustomerColumn, string | number | null> = {
    party_reference: account.partyReference,
    party_kind: account.partyKind,
    given_name: account.givenName,
    middle_name: account.middleName,
    family_name: account.familyName,
    organisation_name: account.organisationName,
    registration_number: account.registrationNumber,
    email: account.email,
    phone: account.phone,
    locale: account.locale,
    account_number: account.accountNumber,
    branch: account.branch,
    currency: account.currency,
    opened_on: account.openedOn,
    premise_reference: account.premiseReference,
    address_line1: account.addressLine1,
    address_line2: account.addressLine2,
    city: account.city,
    postal_code: account.postalCode,
    country: account.country,
    parent_premise_reference: account.parentPremiseReference,
    service_kind: account.serviceKind,
    meter_serial: meter?.serial ?? null,
    meter_kind: meter?.kind ?? null,
    meter_unit: meter?.unit ?? null,
    meter_digits: meter?.digits ?? null,
    meter_multiplier: meter?.multiplier ?? null,
    installed_on: meter?.installedOn ?? null,
    install_reading: meter?.installReading ?? null,
  };
  return customerColumns.map((column) => {
    const value = values[column];
    return value === null ? '' : String(value);
  });
}
