import { z } from 'zod';

/** Every error the API can return, as a stable snake_case code. */
export const errorCodes = [
  'validation_failed',
  'malformed_json',
  'body_too_large',
  'unsupported_media_type',
  'route_not_found',
  'tenant_group_not_found',
  'tenant_group_code_taken',
  'tenant_not_found',
  'tenant_code_taken',
  'party_not_found',
  'account_not_found',
  'account_number_taken',
  'account_closed_before_opened',
  'party_kind_mismatch',
  'price_plan_invalid',
  'price_plan_not_found',
  'price_plan_code_taken',
  'price_plan_currency_mismatch',
  'price_plan_version_not_later',
  'no_price_version_in_force',
  'period_ends_before_start',
  'negative_consumption',
  'account_fact_missing',
  'register_missing',
  'interval_usage_required',
  'usage_needs_norm',
  'not_authenticated',
  'session_expired',
  'invalid_credentials',
  'invalid_api_key',
  'permission_denied',
  'csrf_token_invalid',
  'rate_limited',
  'email_taken',
  'role_not_found',
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorCodeSchema = z.enum(errorCodes);

/** The HTTP status each code is answered with. */
export const errorStatus: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  body_too_large: 400,
  unsupported_media_type: 415,
  route_not_found: 404,
  tenant_group_not_found: 404,
  tenant_group_code_taken: 409,
  tenant_not_found: 404,
  tenant_code_taken: 409,
  party_not_found: 404,
  account_not_found: 404,
  account_number_taken: 409,
  account_closed_before_opened: 422,
  party_kind_mismatch: 422,
  price_plan_invalid: 400,
  price_plan_not_found: 404,
  price_plan_code_taken: 409,
  price_plan_currency_mismatch: 422,
  price_plan_version_not_later: 422,
  no_price_version_in_force: 422,
  period_ends_before_start: 422,
  negative_consumption: 422,
  account_fact_missing: 422,
  register_missing: 422,
  interval_usage_required: 422,
  usage_needs_norm: 422,
  not_authenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  invalid_api_key: 401,
  permission_denied: 403,
  csrf_token_invalid: 403,
  rate_limited: 429,
  email_taken: 409,
  role_not_found: 404,
  internal_error: 500,
};

/** A short English title per code; user interfaces translate by code. */
export const errorTitle: Record<ErrorCode, string> = {
  validation_failed: 'Some fields are missing or invalid',
  malformed_json: 'The request body is not valid JSON',
  body_too_large: 'The request body is larger than the server accepts',
  unsupported_media_type: 'The request body must be application/json',
  route_not_found: 'There is no such route',
  tenant_group_not_found: 'No tenant group has this id',
  tenant_group_code_taken: 'Another tenant group already uses this code',
  tenant_not_found: 'No tenant has this id',
  tenant_code_taken: 'Another tenant already uses this code',
  party_not_found: 'No party of this tenant has this id',
  account_not_found: 'No account of this tenant has this id',
  account_number_taken: 'Another account of this tenant already has this number',
  account_closed_before_opened: 'An account cannot close before the day it opened',
  party_kind_mismatch: 'These fields belong to the other kind of party',
  price_plan_invalid: 'The price plan cannot be rated as written; each error names the field',
  price_plan_not_found: 'No price plan of this tenant has this id',
  price_plan_code_taken: 'Another price plan of this tenant already uses this code',
  price_plan_currency_mismatch: "The price plan's currency is not the tenant's currency",
  price_plan_version_not_later: 'A new price plan version must start after the latest version',
  no_price_version_in_force: 'No version of the price plan is in force at the start of the period',
  period_ends_before_start: 'The period ends before it starts',
  negative_consumption: 'The consumption would be negative',
  account_fact_missing: 'The price plan needs a fact about the account that was not given',
  register_missing: 'The price plan prices a meter register the usage does not give',
  interval_usage_required: 'The price plan prices by time of use and needs interval usage',
  usage_needs_norm: 'Unmetered usage needs a price plan version with a consumption norm',
  not_authenticated: 'Sign in first, or send an API key',
  session_expired: 'The session has ended; sign in again',
  invalid_credentials: 'Wrong e-mail or password, or too many attempts: wait and try again',
  invalid_api_key: 'The API key is unknown or revoked',
  permission_denied: 'Your roles do not allow this here',
  csrf_token_invalid: 'The X-CSRF-Token header is missing or wrong: reload the page',
  rate_limited: 'Too many requests; slow down and retry shortly',
  email_taken: 'Another user already has this e-mail',
  role_not_found: 'No role has this id',
  internal_error: 'Something went wrong on the server; the request id helps the operator find it',
};

/** One offending field of a request, as a path into the body, query or path parameters. */
export const fieldErrorSchema = z.object({
  path: z.string().meta({ description: 'Where the bad value is, e.g. body.email or query.limit' }),
  code: z.string().meta({ description: 'What is wrong with it, e.g. invalid_type, too_big, unrecognized_key' }),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, extended with a stable code and the request id. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: errorCodeSchema,
    requestId: z.string(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;
