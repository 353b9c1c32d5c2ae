import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

/** An account with its party, and the service point it is supplied at now (null: nowhere). */
export interface SuppliedAccount {
  readonly partyReference: string | null;
  readonly partyKind: 'person' | 'organisation';
  readonly givenName: string | null;
  readonly middleName: string | null;
  readonly familyName: string | null;
  readonly organisationName: string | null;
  readonly registrationNumber: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly locale: string | null;
  readonly accountNumber: string;
  readonly branch: string | null;
  readonly currency: string;
  readonly openedOn: string;
  readonly servicePointId: string | null;
  readonly premiseReference: string | null;
  readonly addressLine1: string | null;
  readonly addressLine2: string | null;
  readonly city: string | null;
  readonly postalCode: string | null;
  readonly country: string | null;
  readonly parentPremiseReference: string | null;
  readonly serviceKind: string | null;
}

/**
 * Every account of the tenant (of these branches; null: all), once per service point it is
 * supplied at now (running agreement), or once without one. Buildings come before their units and
 * units before their rooms, so a file written in this order imports into an empty tenant.
 */
export async function suppliedAccounts(
  trx: Transaction<Database>,
  { tenantId, branches }: { tenantId: string; branches: ReadonlySet<string> | null },
): Promise<SuppliedAccount[]> {
  const result = await sql<SuppliedAccount>`
    with recursive premise_depth (id, depth) as (
      select id, 0 from premise where tenant_id = ${tenantId} and parent_premise_id is null
      union all
      select child.id, premise_depth.depth + 1
      from premise_depth join premise child on child.tenant_id = ${tenantId} and child.parent_premise_id = premise_depth.id
      where premise_depth.depth < 64
    )
    select p.reference as party_reference, p.kind as party_kind, p.given_name, p.middle_name, p.family_name,
      p.organisation_name, p.registration_number, p.email, p.phone, p.preferred_locale as locale,
      a.account_number, a.branch_code as branch, a.currency, a.opened_on,
      sp.id as service_point_id, pr.reference as premise_reference, pr.address_line1, pr.address_line2, pr.city,
      pr.postal_code, pr.country, parent.reference as parent_premise_reference, sp.kind as service_kind
    from account a
    join party p on p.tenant_id = a.tenant_id and p.id = a.party_id
    left join agreement ag on ag.tenant_id = a.tenant_id and ag.account_id = a.id and ag.end_on is null
    left join service_point sp on sp.tenant_id = ag.tenant_id and sp.id = ag.service_point_id
    left join premise pr on pr.tenant_id = sp.tenant_id and pr.id = sp.premise_id
    left join premise parent on parent.tenant_id = pr.tenant_id and parent.id = pr.parent_premise_id
    left join premise_depth on premise_depth.id = pr.id
    where a.tenant_id = ${tenantId}
      and (${branches === null}::boolean or a.branch_code = any(${[...(branches ?? [])]}::text[]))
    order by coalesce(premise_depth.depth, 0), a.account_number, pr.reference, sp.kind`.execute(trx);
  return result.rows;
}
