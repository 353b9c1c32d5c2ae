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
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorCodeSchema = z.enum(errorCodes);

/** One offending field of a request, as a path into the body, query or path parameters. */
export const fieldErrorSchema = z.object({
  path: z.string().meta({ description: 'Where the bad value is, e.g. body.email or query.limit' }),
  code: z.string().meta({ description: 'What is wrong with it, e.g. invalid_type, too_big, unrecognized_keys' }),
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
