import type { FieldError } from '@utilis/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ProblemError } from './problem-error.ts';
import { sendProblem } from './problem-response.ts';

const contextNames: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

interface ZodIssueParams {
  keys?: string[];
}

/** Turns every failure into RFC 9457 problem+json with a stable code; no stack trace leaves. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      return sendProblem(request, reply, { code: error.code, detail: error.detail, errors: error.fieldErrors });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = contextNames[error.validationContext ?? 'body'] ?? 'body';
      const errors = error.validation.flatMap((issue): FieldError[] => {
        const base = [context, ...issue.instancePath.split('/').filter(Boolean)].join('.');
        const { keys } = issue.params as ZodIssueParams;
        if (issue.keyword === 'unrecognized_keys' && keys) {
          return keys.map((key) => ({ path: `${base}.${key}`, code: 'unrecognized_key', message: 'Unknown field' }));
        }
        return [{ path: base, code: issue.keyword, message: issue.message ?? issue.keyword }];
      });
      return sendProblem(request, reply, { code: 'validation_failed', errors });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return sendProblem(request, reply, { code: 'malformed_json', detail: error.message });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendProblem(request, reply, {
        code: 'body_too_large',
        detail: `The body may be at most ${request.routeOptions.bodyLimit ?? request.server.initialConfig.bodyLimit} bytes`,
      });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendProblem(request, reply, { code: 'unsupported_media_type', detail: error.message });
    }
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return sendProblem(request, reply, { code: 'malformed_json', detail: error.message });
    }
    if (error.statusCode === 429) {
      return sendProblem(request, reply, { code: 'rate_limited', detail: error.message });
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, { code: 'validation_failed', detail: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, { code: 'internal_error' });
  });
}
