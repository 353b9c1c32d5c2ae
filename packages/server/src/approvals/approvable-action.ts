import type { FieldError, Tenant } from '@utilis/contracts';
import type { z } from 'zod';
import type { Principal } from '../access/index.ts';
import { ProblemError } from '../http/problem-error.ts';
import type { HeldRequest } from './approval.tables.ts';

export interface ActionContext {
  readonly tenant: Tenant;
  /** Who runs it: the caller, or the approver of a held request. */
  readonly actor: Principal;
}

/**
 * What a route does, in a form that can run at once or be held for a second person's approval
 * when the tenant lists the route's permission in fourEyesActions.
 */
export interface ApprovableAction {
  /** The line an approver reads; refuses at once a request that could never run. */
  summarize(request: HeldRequest, context: ActionContext): Promise<string>;
  /** Validates a held request again (it may be older than this release) and runs it. */
  runHeld(request: HeldRequest, context: ActionContext): Promise<unknown>;
}

export interface TypedApprovableAction<Params, Body, Value> extends ApprovableAction {
  /** Runs a request the route has validated; a refusal is thrown as a ProblemError. */
  run(request: { params: Params; body: Body }, context: ActionContext): Promise<Value>;
}

/** An approvable action from the route's own schemas and use case. */
export function approvableAction<Params extends z.ZodType, Body extends z.ZodType, Value>(spec: {
  params: Params;
  body: Body;
  summarize: (request: { params: z.output<Params>; body: z.output<Body> }, context: ActionContext) => Promise<string>;
  run: (request: { params: z.output<Params>; body: z.output<Body> }, context: ActionContext) => Promise<Value>;
}): TypedApprovableAction<z.output<Params>, z.output<Body>, Value> {
  const parse = (held: HeldRequest) => ({
    params: parsed(spec.params, held.params, 'path'),
    body: parsed(spec.body, held.body, 'body'),
  });
  return {
    summarize: (held, context) => spec.summarize(parse(held), context),
    runHeld: (held, context) => spec.run(parse(held), context),
    run: spec.run,
  };
}

function parsed<T extends z.ZodType>(schema: T, value: unknown, root: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    path: [root, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: issue.message,
  }));
  throw new ProblemError('validation_failed', 'The held request no longer passes validation', errors);
}
