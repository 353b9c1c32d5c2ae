import { createRoleSchema, type Permission, rolePathSchema, roleSchema, updateRoleSchema } from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answerWith, commandValue, runDeploymentCommand } from '../http/command-route.ts';
import { requirePrincipal } from '../http/principal.ts';
import { ProblemError } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { createRole } from './create-role.ts';
import { listRoles } from './list-roles.ts';
import { toRole } from './role-dto.ts';
import { updateRole } from './update-role.ts';

const tags = ['access'];

// Whoever grants roles or edits them needs to see them; nobody else does.
export const rolesListedFor: readonly Permission[] = ['access.users.manage', 'access.roles.manage'];

/** Built-in roles (read-only, kept in line with the code at start-up) and custom roles. */
export const roleRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get(
    '/roles',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'List the built-in and custom roles',
        description: 'For holders of access.users.manage or access.roles.manage anywhere.',
        response: { 200: z.object({ items: z.array(roleSchema) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const held = new Set(requirePrincipal(request).grants.flatMap((grant) => grant.permissions));
      if (!rolesListedFor.some((permission) => held.has(permission))) {
        throw new ProblemError('permission_denied', `This needs ${rolesListedFor.join(' or ')}`);
      }
      return { items: await deps.db.transaction().execute((trx) => listRoles(trx)) };
    },
  );

  app.post(
    '/roles',
    {
      config: { access: 'access.roles.manage', isDeploymentWide: true, command: createRole },
      schema: {
        tags,
        summary: 'Create a custom role from permissions you hold deployment-wide',
        body: createRoleSchema,
        response: { 201: roleSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      answerWith(reply, await runDeploymentCommand(deps, request, createRole, request.body), {
        status: 201,
        body: toRole,
      }),
  );

  app.patch(
    '/roles/:roleId',
    {
      config: { access: 'access.roles.manage', isDeploymentWide: true, command: updateRole },
      schema: {
        tags,
        summary: 'Rename a custom role or change its permissions (built-in roles are read-only)',
        params: rolePathSchema,
        body: updateRoleSchema,
        response: { 200: roleSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      toRole(
        commandValue(
          await runDeploymentCommand(deps, request, updateRole, {
            roleId: request.params.roleId,
            changes: request.body,
          }),
        ),
      ),
  );
};
