import type { CreateServicePoint } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { insertServicePoint, selectPremise } from './premise.sql.ts';
import type { ServicePointRow } from './premise.tables.ts';
import { toServicePoint } from './premise-dto.ts';

type NewServicePoint = { premiseId: string } & CreateServicePoint;

/** Adds where a service is delivered at a premise; one per kind. */
export const addServicePoint = defineCommand<
  NewServicePoint,
  ServicePointRow,
  'premise_not_found' | 'service_point_kind_taken'
>({
  name: 'service_point.create',
  entity: 'service_point',
  permission: 'accounts.edit',
  audited: (servicePoint) => toServicePoint(servicePoint),
  execute: async ({ trx, tenant, now, newId }, { premiseId, kind }) => {
    const tenantId = tenant.id;
    if (!(await selectPremise(trx, { tenantId, premiseId }))) return fail('premise_not_found');
    const servicePoint = await insertServicePoint(trx, {
      tenantId,
      id: newId(),
      premiseId,
      kind,
      createdAt: new Date(now().epochMilliseconds),
    });
    if (!servicePoint) return fail('service_point_kind_taken', `The premise already has a ${kind} service point`);
    return ok(servicePoint);
  },
});
