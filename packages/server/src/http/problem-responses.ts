import { problemSchema } from '@utilis/contracts';

/** The error responses a route documents in OpenAPI, by status. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, problemSchema]));
