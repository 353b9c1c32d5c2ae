import { z } from 'zod';
import { type ErrorCode, errorTitle } from './errors.ts';
import { idSchema, instantSchema } from './fields.ts';

/** Why a row of a customer file was rejected (the domain's CustomerRowErrorCode; a test keeps them equal). */
export const importRowErrorCodes = [
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
export const importRowErrorCodeSchema = z.enum(importRowErrorCodes);
export type ImportRowErrorCode = z.infer<typeof importRowErrorCodeSchema>;

/** The row error codes of rules the API enforces too: the API's code, and its wording. */
export type ApiRuleRowErrorCode = Extract<ImportRowErrorCode, ErrorCode>;

const apiRuleText = (code: ApiRuleRowErrorCode) => errorTitle[code];

/** English text per row error code, for the report file; user interfaces translate by code. */
export const importRowErrorText: Record<ImportRowErrorCode, string> = {
  missing_value: 'A value is required in this column',
  value_too_long: 'The value is longer than this column allows',
  nul_character: 'The value contains a NUL character',
  column_count_mismatch: 'The row has a different number of cells than the header',
  invalid_party_kind: 'The party kind must be person or organisation',
  names_do_not_match_kind: 'This name column belongs to the other kind of party',
  invalid_email: 'Not an e-mail address',
  invalid_phone: 'Not a phone number (digits, spaces and + ( ) . / -)',
  invalid_locale: 'Not a BCP 47 language tag such as fr-FR',
  invalid_account_number: 'An account number is letters, digits and . / -, up to 32 characters',
  invalid_branch: 'A branch code is letters, digits, _ and -, up to 32 characters',
  invalid_currency: 'Not an ISO 4217 currency code',
  invalid_date: 'Not a calendar date written YYYY-MM-DD',
  invalid_country: 'Not an ISO 3166-1 alpha-2 country code such as FR',
  invalid_service_kind: 'Not a known service kind',
  invalid_meter_kind: 'Not a known meter kind',
  invalid_number: 'Not a number in the allowed range',
  premise_needed: 'Service point and meter columns need a premise reference',
  premise_cannot_contain_itself: 'A premise cannot be a unit of itself or of one of its own units',
  conflicts_with_earlier_row: 'An earlier row of the file says something else about the same thing',
  parent_premise_not_found: 'The building premise is neither in the database nor on an earlier row',
  party_kind_differs: 'The party exists with the other kind',
  account_of_other_party: 'The account exists and belongs to another party',
  account_differs: 'The account exists with another currency or opening date',
  service_point_of_other_account: 'The service point is supplied to another account',
  meter_installed_elsewhere: 'The meter is installed at another service point',
  invalid_reference: 'Letters, digits, spaces and . / _ -, up to 64 characters, starting with a letter or digit',
  account_number_pattern_mismatch: apiRuleText('account_number_pattern_mismatch'),
  account_closed: apiRuleText('account_closed'),
  agreement_overlaps: apiRuleText('agreement_overlaps'),
  agreement_before_account_opened: apiRuleText('agreement_before_account_opened'),
  meter_kind_unfit: apiRuleText('meter_kind_unfit'),
  reading_exceeds_register: apiRuleText('reading_exceeds_register'),
  meter_already_installed: apiRuleText('meter_already_installed'),
  register_already_metered: apiRuleText('register_already_metered'),
  meter_retired: apiRuleText('meter_retired'),
  meter_still_installed: apiRuleText('meter_still_installed'),
};

/** One reason a row was rejected; a row may have several. */
export const importRejectedRowSchema = z
  .object({
    line: z
      .number()
      .int()
      .positive()
      .meta({ description: 'Line of the file (CSV) or row of the sheet (XLSX); 1 is the header' }),
    code: importRowErrorCodeSchema,
    column: z.string().nullable().meta({ description: 'The column to blame, when one is' }),
    message: z.string(),
  })
  .meta({ id: 'ImportRejectedRow' });
export type ImportRejectedRow = z.infer<typeof importRejectedRowSchema>;

const countsSchema = z.object({ created: z.number().int(), updated: z.number().int() });
export type ImportCounts = z.infer<typeof countsSchema>;

/** What an import of a customer file did. */
export const customerImportReportSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    status: z.enum(['running', 'finished']),
    rowsRead: z.number().int(),
    rowsCommitted: z.number().int(),
    rowsRejected: z.number().int(),
    parties: countsSchema,
    accounts: countsSchema,
    premises: countsSchema,
    servicePoints: countsSchema,
    meters: countsSchema,
    startedAt: instantSchema,
    finishedAt: instantSchema.nullable(),
    rejectedRows: z.array(importRejectedRowSchema).meta({
      description: 'The first 1,000 reasons; GET …/imports/{importId}/rejected-rows gives them all as CSV',
    }),
  })
  .meta({ id: 'CustomerImportReport' });
export type CustomerImportReport = z.infer<typeof customerImportReportSchema>;

/** How many rejection reasons an import answer carries; the report file has them all. */
export const rejectedRowsInReport = 1000;

export const importFormats = ['csv', 'xlsx'] as const;
export const importFormatSchema = z.enum(importFormats);
export type ImportFormat = z.infer<typeof importFormatSchema>;

export const customerImportQuerySchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .optional()
    .meta({ description: 'Shown in the report; defaults to the format' }),
});
export const customerExportQuerySchema = z.strictObject({ format: importFormatSchema.default('csv') });
export const importRunPathSchema = z.strictObject({ tenantId: idSchema, importId: idSchema });

/** Content types of an upload: CSV text or an Excel workbook. */
export const csvContentType = 'text/csv';
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
