import { Temporal } from 'temporal-polyfill';
import { readingFitsRegister } from '../metering/consumption-across-meters.ts';
import { meterKindFitsService } from '../metering/meter-kind-fits-service.ts';
import { type CustomerColumn, importMeterKinds, importServiceKinds } from './customer-columns.ts';
import type { CustomerCells, CustomerRow, CustomerRowCheck } from './customer-row.ts';
import type { CustomerRowError, CustomerRowErrorCode } from './customer-row-error.ts';

// The same limits the API's own forms apply (contracts: parties, accounts, premises).
const maxLength: Partial<Record<CustomerColumn, number>> = {
  party_reference: 64,
  given_name: 200,
  middle_name: 200,
  family_name: 200,
  organisation_name: 300,
  registration_number: 64,
  email: 254,
  premise_reference: 64,
  parent_premise_reference: 64,
  address_line1: 200,
  address_line2: 200,
  city: 100,
  postal_code: 20,
  meter_serial: 64,
  meter_unit: 16,
};

// The patterns of the API's own fields (contracts: parties, accounts, premises, metering), so a file
// is refused what a form is.
const referencePattern = /^[\p{L}\p{N}][\p{L}\p{N} ./_-]{0,63}$/u;
const accountNumberPattern = /^[A-Za-z0-9][A-Za-z0-9./-]{0,31}$/;
const branchPattern = /^[A-Za-z0-9_-]{1,32}$/;
const phonePattern = /^\+?[0-9 ()./-]{3,32}$/;
const emailPattern =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const countryPattern = /^[A-Z]{2}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const readingPattern = /^\d{1,12}(\.\d{1,6})?$/;
const multiplierPattern = /^\d{1,9}(\.\d{1,6})?$/;
const digitsPattern = /^\d{1,2}$/;
const currencies = new Set(Intl.supportedValuesOf('currency'));

/**
 * Checks every cell of one customer file row and says all that is wrong with it, or what the row
 * describes. Cells are trimmed; an empty cell is an absent value.
 */
export function validateCustomerRow(cells: CustomerCells): CustomerRowCheck {
  const errors: CustomerRowError[] = [];
  const reject = (code: CustomerRowErrorCode, column: CustomerColumn | null) => {
    errors.push({ code, column });
  };

  const text = (column: CustomerColumn): string | null => {
    const value = (cells[column] ?? '').trim();
    if (value === '') return null;
    if (value.includes('\u0000')) {
      reject('nul_character', column);
      return null;
    }
    const limit = maxLength[column];
    if (limit !== undefined && value.length > limit) {
      reject('value_too_long', column);
      return null;
    }
    return value;
  };
  const required = (column: CustomerColumn): string => {
    const value = text(column);
    if (value === null && !errors.some((error) => error.column === column)) reject('missing_value', column);
    return value ?? '';
  };
  const matching = (column: CustomerColumn, pattern: RegExp, code: CustomerRowErrorCode, value: string | null) => {
    if (value !== null && !pattern.test(value)) reject(code, column);
    return value;
  };
  const reference = (column: CustomerColumn) => matching(column, referencePattern, 'invalid_reference', text(column));
  const date = (column: CustomerColumn, value: string | null) => {
    if (value !== null && !isCalendarDate(value)) reject('invalid_date', column);
    return value;
  };

  const kind = required('party_kind');
  const isPerson = kind === 'person';
  if (kind !== '' && kind !== 'person' && kind !== 'organisation') reject('invalid_party_kind', 'party_kind');
  const givenName = text('given_name');
  const middleName = text('middle_name');
  const familyName = text('family_name');
  const organisationName = text('organisation_name');
  const registrationNumber = text('registration_number');
  if (kind === 'person') {
    if (givenName === null) required('given_name');
    if (familyName === null) required('family_name');
    if (organisationName !== null) reject('names_do_not_match_kind', 'organisation_name');
    if (registrationNumber !== null) reject('names_do_not_match_kind', 'registration_number');
  } else if (kind === 'organisation') {
    if (organisationName === null) required('organisation_name');
    for (const column of ['given_name', 'middle_name', 'family_name'] as const) {
      if (cells[column]?.trim()) reject('names_do_not_match_kind', column);
    }
  }
  const locale = text('locale');
  if (locale !== null && !isLanguageTag(locale)) reject('invalid_locale', 'locale');
  const currency = text('currency');
  if (currency !== null && !currencies.has(currency)) reject('invalid_currency', 'currency');

  const party: CustomerRow['party'] = {
    reference: reference('party_reference') ?? required('party_reference'),
    kind: isPerson ? 'person' : 'organisation',
    givenName: isPerson ? givenName : null,
    middleName: isPerson ? middleName : null,
    familyName: isPerson ? familyName : null,
    organisationName: isPerson ? null : organisationName,
    registrationNumber: isPerson ? null : registrationNumber,
    email: matching('email', emailPattern, 'invalid_email', text('email')),
    phone: matching('phone', phonePattern, 'invalid_phone', text('phone')),
    locale,
  };
  const account: CustomerRow['account'] = {
    accountNumber:
      matching('account_number', accountNumberPattern, 'invalid_account_number', text('account_number')) ??
      required('account_number'),
    branch: matching('branch', branchPattern, 'invalid_branch', text('branch')),
    currency,
    openedOn: date('opened_on', text('opened_on')) ?? required('opened_on'),
  };

  const premiseReference = reference('premise_reference');
  const meterSerial = reference('meter_serial');
  let servicePoint: CustomerRow['servicePoint'] = null;
  if (premiseReference !== null) {
    const parentPremiseReference = reference('parent_premise_reference');
    if (parentPremiseReference === premiseReference) {
      reject('premise_cannot_contain_itself', 'parent_premise_reference');
    }
    const serviceKind = required('service_kind');
    if (serviceKind !== '' && !isKnown(importServiceKinds, serviceKind)) {
      reject('invalid_service_kind', 'service_kind');
    }
    servicePoint = {
      premiseReference,
      addressLine1: required('address_line1'),
      addressLine2: text('address_line2'),
      city: required('city'),
      postalCode: text('postal_code'),
      country: matching('country', countryPattern, 'invalid_country', text('country')) ?? required('country'),
      parentPremiseReference,
      serviceKind,
    };
  } else {
    const premiseColumns = [
      'address_line1',
      'address_line2',
      'city',
      'postal_code',
      'country',
      'parent_premise_reference',
      'service_kind',
    ] as const;
    for (const column of premiseColumns) {
      if (cells[column]?.trim()) {
        reject('premise_needed', 'premise_reference');
        break;
      }
    }
  }

  let meter: CustomerRow['meter'] = null;
  if (meterSerial !== null) {
    if (premiseReference === null && !errors.some((error) => error.code === 'premise_needed')) {
      reject('premise_needed', 'premise_reference');
    }
    const meterKind = required('meter_kind');
    if (meterKind !== '' && !isKnown(importMeterKinds, meterKind)) {
      reject('invalid_meter_kind', 'meter_kind');
    }
    const digits =
      matching('meter_digits', digitsPattern, 'invalid_number', text('meter_digits')) ?? required('meter_digits');
    if (digitsPattern.test(digits) && (Number(digits) < 1 || Number(digits) > 12))
      reject('invalid_number', 'meter_digits');
    const multiplier =
      matching('meter_multiplier', multiplierPattern, 'invalid_number', text('meter_multiplier')) ?? '1';
    if (multiplierPattern.test(multiplier) && /^[0.]+$/.test(multiplier)) reject('invalid_number', 'meter_multiplier');
    meter = {
      serial: meterSerial,
      kind: meterKind,
      unit: required('meter_unit'),
      digits: Number(digits),
      multiplier,
      installedOn: date('installed_on', text('installed_on')) ?? required('installed_on'),
      installReading:
        matching('install_reading', readingPattern, 'invalid_number', text('install_reading')) ??
        required('install_reading'),
    };
    // As the API installs a meter: it must be able to measure the service, and show the reading.
    const serviceKind = servicePoint?.serviceKind ?? '';
    if (isKnown(importMeterKinds, meterKind) && isKnown(importServiceKinds, serviceKind)) {
      if (!meterKindFitsService(meterKind, serviceKind)) reject('meter_kind_unfit', 'meter_kind');
    }
    const hasDigits = digitsPattern.test(digits) && meter.digits >= 1 && meter.digits <= 12;
    if (hasDigits && readingPattern.test(meter.installReading)) {
      if (!readingFitsRegister(meter.installReading, meter.digits))
        reject('reading_exceeds_register', 'install_reading');
    }
  } else {
    const meterColumns = [
      'meter_kind',
      'meter_unit',
      'meter_digits',
      'meter_multiplier',
      'installed_on',
      'install_reading',
    ] as const;
    for (const column of meterColumns) {
      if (cells[column]?.trim()) {
        reject('missing_value', 'meter_serial');
        break;
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  return { ok: true, row: { party, account, servicePoint, meter } };
}

const isKnown = (kinds: readonly string[], value: string) => kinds.includes(value);

function isCalendarDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

function isLanguageTag(value: string): boolean {
  if (value.length > 35) return false;
  try {
    Intl.getCanonicalLocales(value);
    return true;
  } catch {
    return false;
  }
}

// A cell can fail two ways at once (too long and so missing); the first reason is the one to fix.
function dedupe(errors: CustomerRowError[]): CustomerRowError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.column ?? ''}`;
    if (error.column !== null && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
