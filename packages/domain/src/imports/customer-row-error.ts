import type { CustomerColumn } from './customer-columns.ts';

/** Why a row of a customer file is rejected; stable, shown translated by code. */
export const customerRowErrorCodes = [
  'missing_value',
  'value_too_long',
  'nul_character',
  'column_count_mismatch',
  'invalid_party_kind',
  'names_do_not_match_kind',
  'invalid_email',
  'invalid_phone',
  'invalid_locale',
  'invalid_account_number',
  'invalid_branch',
  'invalid_currency',
  'invalid_date',
  'invalid_country',
  'invalid_service_kind',
  'invalid_meter_kind',
  'invalid_number',
  'premise_needed',
  'premise_cannot_contain_itself',
  'conflicts_with_earlier_row',
  'parent_premise_not_found',
  'party_kind_differs',
  'account_of_other_party',
  'account_differs',
  'service_point_of_other_account',
  'meter_installed_elsewhere',
  'invalid_reference',
  // Rules the API enforces too, under the API's own codes: a file is held to what a clerk is.
  'account_number_pattern_mismatch',
  'account_closed',
  'agreement_overlaps',
  'agreement_before_account_opened',
  'meter_kind_unfit',
  'reading_exceeds_register',
  'meter_already_installed',
  'register_already_metered',
  'meter_retired',
  'meter_still_installed',
] as const;

export type CustomerRowErrorCode = (typeof customerRowErrorCodes)[number];

/** One reason a row is rejected: what, and in which column when one is to blame. */
export interface CustomerRowError {
  readonly code: CustomerRowErrorCode;
  readonly column: CustomerColumn | null;
}
