import { type ErrorCode, errorStatus, errorTitle, type FieldError, type Problem } from '@utilis/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  { code, detail, errors }: { code: ErrorCode; detail?: string | undefined; errors?: FieldError[] | undefined },
): FastifyReply {
  const problem: Problem = {
    type: `urn:utilis:problem:${code}`,
    title: errorTitle[code],
    status: errorStatus[code],
    code,
    requestId: request.id,
    instance: request.url,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
  };
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}
