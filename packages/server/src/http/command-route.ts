// The route config's `access` and `isDeploymentWide` are declared by the access context.

import type { ErrorCode, Permission, Tenant } from '@utilis/contracts';
import { deploymentPermissions } from '@utilis/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type {} from '../access/index.ts';
import {
  type AnyCommand,
  type Command,
  type CommandOrigin,
  type CommandOutcome,
  type CommandRunnerDeps,
  runCommand,
} from '../commands/index.ts';
import { principalOf } from './principal.ts';
import { ProblemError } from './problem-error.ts';
import { tenantAccessOf, tenantOf } from './tenant-scope.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The command a write route runs (its audit action, entity and four-eyes rule live there);
     * `false` only for a write that changes nothing, such as a preview. Every POST, PUT, PATCH and
     * DELETE under /api/v1 declares it next to `access`, and the command's permission must be
     * that access: the server refuses to start otherwise.
     */
    command?: AnyCommand | false;
  }
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Refuses at start-up a write route that names no command, or whose command needs another permission. */
export function registerCommandRoutes(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const problem = commandDeclarationProblem(route);
    if (problem) throw new Error(problem);
  });
}

/** Why a route may not be served: a write under /api/v1 that declares no command, or the wrong one. */
export function commandDeclarationProblem(route: Pick<RouteOptions, 'method' | 'url' | 'config'>): string | undefined {
  const methods = [route.method].flat().filter((method) => writeMethods.has(method));
  if (methods.length === 0 || !route.url.startsWith('/api/v1/')) return undefined;
  const where = `${methods.join(', ')} ${route.url}`;
  const command = route.config?.command;
  if (command === undefined) return `${where} declares no command: add config.command (false if it changes nothing)`;
  if (command && command.permission !== route.config?.access) {
    return `${where} is open to ${String(route.config?.access)} but runs ${command.name}, which needs ${command.permission}`;
  }
  return undefined;
}

/** Who asks, from where, holding what: the request's principal and what it may do where the route acts. */
export function originOf(request: FastifyRequest): CommandOrigin {
  const principal = principalOf(request);
  const tenantNamed = request.routeOptions.url?.includes(':tenantId') === true || hasTenantScope(request);
  const permissions: ReadonlySet<string> = !principal
    ? new Set()
    : tenantNamed
      ? tenantAccessOf(request).permissions
      : request.routeOptions.config.isDeploymentWide
        ? deploymentPermissions(principal.grants)
        : new Set(principal.grants.flatMap((grant) => grant.permissions));
  return {
    actor: principal
      ? { kind: principal.kind, id: principal.id, label: principal.label }
      : { kind: 'system', id: null, label: 'anonymous' },
    ip: request.ip,
    requestId: request.id,
    permissions: permissions as ReadonlySet<Permission>,
  };
}

const hasTenantScope = (request: FastifyRequest): boolean => {
  try {
    tenantOf(request);
    return true;
  } catch {
    return false;
  }
};

/** Runs the route's declared command in the request's tenant. */
export function runTenantCommand<Input, Value, Code extends ErrorCode>(
  deps: CommandRunnerDeps,
  request: FastifyRequest,
  command: Command<Input, Value, Code, Tenant>,
  input: Input,
  options?: { idempotencyKey?: string | undefined },
): Promise<CommandOutcome<Value, Code>> {
  assertDeclared(request, command);
  return runCommand(deps, { tenant: tenantOf(request), origin: originOf(request) }, command, input, options);
}

/** Runs the route's declared command deployment-wide (tenants, groups, users, sessions). */
export function runDeploymentCommand<Input, Value, Code extends ErrorCode>(
  deps: CommandRunnerDeps,
  request: FastifyRequest,
  command: Command<Input, Value, Code, null>,
  input: Input,
): Promise<CommandOutcome<Value, Code>> {
  assertDeclared(request, command);
  return runCommand(deps, { tenant: null, origin: originOf(request) }, command, input);
}

function assertDeclared(request: FastifyRequest, command: AnyCommand): void {
  if (request.routeOptions.config.command !== command) {
    throw new Error(`${request.method} ${request.routeOptions.url} runs ${command.name}, which it does not declare`);
  }
}

/**
 * Answers a command's outcome: its value (mapped to the API shape) with the given status, 202 with
 * the approval request when it was held, or the problem its refusal code names.
 */
export function answerWith<Value, Code extends ErrorCode, Body>(
  reply: FastifyReply,
  outcome: CommandOutcome<Value, Code>,
  { status = 200, body }: { status?: number; body: (value: Value) => Body },
): FastifyReply {
  if (outcome.ok === 'held') return reply.code(202).send(outcome.approval);
  return reply.code(status).send(body(commandValue(outcome)));
}

/** The value of a command that is never held for approval, or the problem its refusal names. */
export function commandValue<Value, Code extends ErrorCode>(outcome: CommandOutcome<Value, Code>): Value {
  if (outcome.ok === 'held') throw new Error('A command held for approval has no value yet');
  if (outcome.ok) return outcome.value;
  throw new ProblemError(outcome.code, outcome.detail, (outcome as { fieldErrors?: never }).fieldErrors);
}
