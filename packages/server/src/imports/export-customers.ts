import type { ImportFormat } from '@utilis/contracts';
import { type CustomerColumn, customerColumns } from '@utilis/domain';
import { sql } from 'kysely';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { writeCustomerFile } from './write-customer-file.ts';

type ExportRow = Record<CustomerColumn, string | number | null>;

/**
 * A tenant's customers in the import layout: one row per account and service point it is
 * supplied at now (running agreement), with the meter hanging there; an account supplied
 * nowhere gets one row without premise columns. Buildings come before their units, and units
 * before their rooms, so the file imports into an empty tenant as it stands.
 */
export async function exportCustomers(
  { db }: Pick<UseCaseDeps, 'db'>,
  {
    tenantId,
    format,
    branches,
  }: { tenantId: string; format: ImportFormat /** null: every branch. */; branches: ReadonlySet<string> | null },
): Promise<Uint8Array> {
  const rows = await withTenant(db, tenantId, async (trx) => {
    const result = await sql<ExportRow>`
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
        pr.reference as premise_reference, pr.address_line1, pr.address_line2, pr.city, pr.postal_code, pr.country,
        parent.reference as parent_premise_reference, sp.kind as service_kind,
        m.serial as meter_serial, m.kind as meter_kind, m.unit as meter_unit, m.digits as meter_digits,
        m.multiplier as meter_multiplier, i.installed_on, i.install_reading
      from account a
      join party p on p.tenant_id = a.tenant_id and p.id = a.party_id
      left join agreement ag on ag.tenant_id = a.tenant_id and ag.account_id = a.id and ag.end_on is null
      left join service_point sp on sp.tenant_id = ag.tenant_id and sp.id = ag.service_point_id
      left join premise pr on pr.tenant_id = sp.tenant_id and pr.id = sp.premise_id
      left join premise parent on parent.tenant_id = pr.tenant_id and parent.id = pr.parent_premise_id
      left join meter_installation i on i.tenant_id = sp.tenant_id and i.service_point_id = sp.id and i.removed_on is null
      left join meter m on m.tenant_id = i.tenant_id and m.id = i.meter_id
      left join premise_depth on premise_depth.id = pr.id
      where a.tenant_id = ${tenantId}
        and (${branches === null}::boolean or a.branch_code = any(${[...(branches ?? [])]}::text[]))
      order by coalesce(premise_depth.depth, 0), a.account_number, pr.reference, sp.kind, m.serial`.execute(trx);
    return result.rows;
  });
  return writeCustomerFile(rows.map(toCells), format);
}

// Raw rows come back camel-cased by the connection's plugin; the file speaks the layout's names.
function toCells(row: Record<string, unknown>): string[] {
  return customerColumns.map((column) => {
    const value = row[camelCase(column)];
    return value === null || value === undefined ? '' : String(value);
  });
}

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
