/**
 * The customer file layout, one row per account × service point, in the order files are written.
 * A party or an account on several rows repeats the same values; see docs/import.md.
 */
export const customerColumns = [
  'party_reference',
  'party_kind',
  'given_name',
  'middle_name',
  'family_name',
  'organisation_name',
  'registration_number',
  'email',
  'phone',
  'locale',
  'account_number',
  'branch',
  'currency',
  'opened_on',
  'premise_reference',
  'address_line1',
  'address_line2',
  'city',
  'postal_code',
  'country',
  'parent_premise_reference',
  'service_kind',
  'meter_serial',
  'meter_kind',
  'meter_unit',
  'meter_digits',
  'meter_multiplier',
  'installed_on',
  'install_reading',
] as const;

export type CustomerColumn = (typeof customerColumns)[number];

/** Columns a file must have in its header; the others may be left out. */
export const requiredCustomerColumns: readonly CustomerColumn[] = [
  'party_reference',
  'party_kind',
  'account_number',
  'opened_on',
];

/** What a service point delivers (the same list as service_point.kind). */
export const importServiceKinds = [
  'water',
  'sewage',
  'electricity',
  'gas',
  'heating',
  'hot_water',
  'waste',
  'maintenance',
] as const;

/** What a meter measures (the same list as meter.kind). */
export const importMeterKinds = ['water_cold', 'water_hot', 'electricity', 'gas', 'heat', 'cooling'] as const;
