// Deterministic customer rows in the import layout: one account × water service point with its
// meter per row, names in several scripts, every tenth premise a unit of a building on an earlier row.

export interface SyntheticCustomer {
  readonly index: number;
  readonly partyReference: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly email: string;
  readonly phone: string;
  readonly locale: string;
  readonly accountNumber: string;
  readonly branch: string;
  readonly openedOn: string;
  readonly premiseReference: string;
  readonly addressLine1: string;
  readonly city: string;
  readonly postalCode: string;
  readonly parentPremiseReference: string;
  readonly meterSerial: string;
  readonly installedOn: string;
  readonly installReading: string;
}

const givenNames = ['Marie', 'Jean', 'Иван', 'Ольга', '小明', 'Giulia', 'Lucía', 'Ahmed', 'Chloé', 'Дмитрий'];
const familyNames = ['Curie', 'Dupont', 'Петров', 'Смирнова', '王', 'Rossi', 'García', 'Haddad', 'Martin', 'Соколов'];
const cities = ['Paris', 'Lyon', 'Москва', '上海', 'Roma', 'Sevilla'];
const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function syntheticCustomer(index: number): SyntheticCustomer {
  const name = index % givenNames.length;
  const family = Math.floor(index / givenNames.length) % familyNames.length;
  const isUnit = index % 10 !== 0;
  const day = 1 + (index % 28);
  return {
    index,
    partyReference: `C-${pad(index, 7)}`,
    givenName: givenNames[name] ?? 'Marie',
    familyName: familyNames[family] ?? 'Curie',
    email: `customer${index}@example.org`,
    phone: `+33 1 ${pad(index % 100, 2)} ${pad(index % 10_000, 4)}`,
    locale: ['fr-FR', 'ru-RU', 'zh-CN', 'it-IT', 'es-ES'][index % 5] ?? 'fr-FR',
    accountNumber: `A${pad(index, 8)}`,
    branch: ['north', 'south', 'east'][index % 3] ?? 'north',
    openedOn: `20${pad(10 + (index % 15), 2)}-${pad(1 + (index % 12), 2)}-${pad(day, 2)}`,
    premiseReference: `P-${pad(index, 7)}`,
    addressLine1: `${1 + (index % 300)} rue ${familyNames[family]}, apt ${index % 97}`,
    city: cities[index % cities.length] ?? 'Paris',
    postalCode: pad(10_000 + (index % 89_999), 5),
    // Units point at the building row that opened their block of ten.
    parentPremiseReference: isUnit ? `P-${pad(index - (index % 10), 7)}` : '',
    meterSerial: `SN${pad(index, 9)}`,
    installedOn: `2025-${pad(1 + (index % 12), 2)}-${pad(day, 2)}`,
    installReading: `${index % 10_000}.${pad(index % 1000, 3)}`,
  };
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export const csvHeader =
  'party_reference,party_kind,given_name,middle_name,family_name,organisation_name,registration_number,email,phone,' +
  'locale,account_number,branch,currency,opened_on,premise_reference,address_line1,address_line2,city,postal_code,' +
  'country,parent_premise_reference,service_kind,meter_serial,meter_kind,meter_unit,meter_digits,meter_multiplier,' +
  'installed_on,install_reading';

/** The row as a line of the customer CSV layout. */
export function csvLine(row: SyntheticCustomer): string {
  return [
    row.partyReference,
    'person',
    row.givenName,
    '',
    row.familyName,
    '',
    '',
    row.email,
    row.phone,
    row.locale,
    row.accountNumber,
    row.branch,
    'EUR',
    row.openedOn,
    row.premiseReference,
    row.addressLine1,
    '',
    row.city,
    row.postalCode,
    'FR',
    row.parentPremiseReference,
    'water',
    row.meterSerial,
    'water_cold',
    'm3',
    '5',
    '1',
    row.installedOn,
    row.installReading,
  ]
    .map(csvCell)
    .join(',');
}
