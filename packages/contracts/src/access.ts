import { z } from 'zod';
import { emailSchema, idSchema, instantSchema, nameText } from './fields.ts';
import { pageQuerySchema } from './pagination.ts';

/** Every permission, named context.action; each route declares the one it needs. */
export const permissions = [
  'tenants.read',
  'tenants.manage',
  'parties.read',
  'parties.edit',
  'accounts.read',
  'accounts.edit',
  'tariffs.read',
  'tariffs.edit',
  'tariffs.publish',
  'rating.preview',
  'metering.read',
  'metering.edit',
  'billing.read',
  'billing.run',
  'payments.read',
  'payments.post',
  'payments.reverse',
  'ledger.adjust',
  'ledger.write_off',
  'ledger.refund',
  'collections.read',
  'collections.work',
  'reports.read',
  'access.users.manage',
  'access.roles.manage',
  'access.api_keys.manage',
  'audit.read',
] as const;
export type Permission = (typeof permissions)[number];
export const permissionSchema = z.enum(permissions);

const read = permissions.filter((permission) => permission.endsWith('.read'));

/** The roles every deployment has; administrators add custom roles beside them. */
export const builtInRoles = {
  administrator: { name: 'Administrator', permissions: [...permissions] },
  billing_clerk: {
    name: 'Billing clerk',
    permissions: [
      'tenants.read',
      'parties.read',
      'parties.edit',
      'accounts.read',
      'accounts.edit',
      'tariffs.read',
      'rating.preview',
      'metering.read',
      'billing.read',
      'billing.run',
      'payments.read',
      'ledger.adjust',
    ],
  },
  cashier: {
    name: 'Cashier',
    permissions: [
      'tenants.read',
      'parties.read',
      'accounts.read',
      'payments.read',
      'payments.post',
      'payments.reverse',
    ],
  },
  reading_clerk: {
    name: 'Reading clerk',
    permissions: ['tenants.read', 'parties.read', 'accounts.read', 'metering.read', 'metering.edit'],
  },
  collections_agent: {
    name: 'Collections agent',
    permissions: [
      'tenants.read',
      'parties.read',
      'accounts.read',
      'payments.read',
      'billing.read',
      'collections.read',
      'collections.work',
    ],
  },
  analyst: {
    name: 'Analyst',
    permissions: [...read.filter((permission) => permission !== 'audit.read'), 'rating.preview'],
  },
  auditor: { name: 'Read-only auditor', permissions: read },
} as const satisfies Record<string, { name: string; permissions: readonly Permission[] }>;
export type BuiltInRole = keyof typeof builtInRoles;

/** Where a role applies: everywhere, a tenant group, a tenant, or one branch of a tenant. */
export const grantScopeSchema = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('deployment') }),
  z.strictObject({ scope: z.literal('group'), tenantGroupId: idSchema }),
  z.strictObject({ scope: z.literal('tenant'), tenantId: idSchema }),
  z.strictObject({
    scope: z.literal('branch'),
    tenantId: idSchema,
    branchCode: z.string().trim().min(1).max(32),
  }),
]);
export type GrantScope = z.infer<typeof grantScopeSchema>;

export const roleSchema = z
  .object({
    id: idSchema,
    code: z.string(),
    name: z.string(),
    permissions: z.array(permissionSchema),
    isBuiltIn: z.boolean(),
  })
  .meta({ id: 'Role' });
export type Role = z.infer<typeof roleSchema>;

export const createRoleSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Lowercase letters, digits and _, 2 to 40 characters'),
  name: nameText(100),
  permissions: z.array(permissionSchema).min(1),
});
export const updateRoleSchema = z.strictObject({
  name: nameText(100).optional(),
  permissions: z.array(permissionSchema).min(1).optional(),
});

export const grantSchema = z
  .object({
    id: idSchema,
    roleId: idSchema,
    roleCode: z.string(),
    scope: grantScopeSchema,
    createdAt: instantSchema,
  })
  .meta({ id: 'Grant' });
export type Grant = z.infer<typeof grantSchema>;

export const createGrantSchema = z.strictObject({ roleId: idSchema, scope: grantScopeSchema });

export const userSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    displayName: z.string(),
    isActive: z.boolean(),
    isLocked: z.boolean(),
    grants: z.array(grantSchema),
    createdAt: instantSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

const passwordSchema = z
  .string()
  .min(12, 'At least 12 characters')
  .max(256)
  .meta({ description: 'At least 12 characters; a passphrase is best' });

export const createUserSchema = z.strictObject({
  email: emailSchema,
  displayName: nameText(200),
  password: passwordSchema,
  grants: z.array(createGrantSchema).max(50).optional(),
});
export const updateUserSchema = z.strictObject({
  displayName: nameText(200).optional(),
  isActive: z.boolean().optional().meta({ description: 'false signs the user out everywhere and refuses logins' }),
  password: passwordSchema.optional().meta({ description: 'An administrator sets a new password' }),
  unlock: z.literal(true).optional().meta({ description: 'Clears a lockout after repeated failed logins' }),
});

export const userQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional().meta({ description: 'Text the e-mail or the display name must contain' }),
});
export const userPathSchema = z.strictObject({ userId: idSchema });
export const grantPathSchema = z.strictObject({ userId: idSchema, grantId: idSchema });
export const rolePathSchema = z.strictObject({ roleId: idSchema });

export const loginSchema = z.strictObject({ email: emailSchema, password: z.string().min(1).max(256) });
export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});

/** Who is signed in, what they may do where, and the token their writes must echo. */
export const sessionSchema = z
  .object({
    user: z.object({ id: idSchema, email: z.string(), displayName: z.string() }),
    csrfToken: z.string().meta({ description: 'Send as the X-CSRF-Token header on every write' }),
    expiresAt: instantSchema,
    grants: z.array(grantSchema),
    deploymentPermissions: z.array(permissionSchema),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

/** One signed-in browser of the person asking; the token itself is never shown. */
export const sessionSummarySchema = z
  .object({
    id: z.string(),
    createdAt: instantSchema,
    lastSeenAt: instantSchema,
    expiresAt: instantSchema,
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    isCurrent: z.boolean(),
  })
  .meta({ id: 'SessionSummary' });
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export const sessionPathSchema = z.strictObject({ sessionId: z.string().regex(/^[0-9a-f]{32}$/) });

export const apiKeySchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    name: z.string(),
    prefix: z.string(),
    roleId: idSchema,
    roleCode: z.string(),
    createdAt: instantSchema,
    lastUsedAt: instantSchema.nullable(),
    revokedAt: instantSchema.nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof apiKeySchema>;
export const createApiKeySchema = z.strictObject({ name: nameText(100), roleId: idSchema });
export const createdApiKeySchema = apiKeySchema
  .extend({ secret: z.string().meta({ description: 'Shown this once: Authorization: Bearer <secret>' }) })
  .meta({ id: 'CreatedApiKey' });
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;
export const apiKeyPathSchema = z.strictObject({ tenantId: idSchema, keyId: idSchema });

export const auditEventSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema.nullable().meta({ description: 'null for events of the whole deployment' }),
    sequence: z.string().meta({ description: "The event's place in its chain, from 1 without gaps" }),
    occurredAt: instantSchema,
    actorKind: z.enum(['user', 'api_key', 'system']),
    actorId: idSchema.nullable(),
    actorLabel: z.string(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown().meta({ description: 'The entity before the change (updates); secrets redacted' }),
    after: z.unknown().meta({ description: 'The response to the change; secrets redacted' }),
    previousHash: z.string().meta({ description: "The hash of the chain's previous event" }),
    hash: z.string().meta({ description: 'SHA-256 of the canonical event; docs/operations.md explains it' }),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorId: idSchema.optional(),
  action: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Events at or after this instant' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Events before this instant' }),
});

/**
 * Actions a tenant may put under four-eyes control: a second person holding the same
 * permission in the tenant approves each request before it runs.
 */
export const approvablePermissions = ['tariffs.publish'] as const satisfies readonly Permission[];
export const approvablePermissionSchema = z.enum(approvablePermissions);
export type ApprovablePermission = (typeof approvablePermissions)[number];

export const approvalStatuses = ['pending', 'approved', 'rejected'] as const;

export const approvalRequestSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    action: permissionSchema,
    command: z.string().meta({ description: 'The command held, e.g. price_plan.create' }),
    summary: z.string(),
    input: z.unknown().meta({ description: "The command's validated input, run as the approver once approved" }),
    status: z.enum(approvalStatuses),
    requestedBy: idSchema,
    requestedAt: instantSchema,
    decidedBy: idSchema.nullable(),
    decidedAt: instantSchema.nullable(),
    result: z.unknown().meta({ description: 'Once approved, what the command answered; null before' }),
  })
  .meta({ id: 'ApprovalRequest' });
export type ApprovalRequest = z.infer<typeof approvalRequestSchema>;

export const approvalQuerySchema = z.strictObject({
  status: z.enum(approvalStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export const approvalPathSchema = z.strictObject({ tenantId: idSchema, approvalId: idSchema });
