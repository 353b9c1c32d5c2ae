import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { updateChanged } from './update-changed.ts';

/** A party as a file states it, keyed by its reference; `id` is used when it is new. */
export interface PartyStated {
  readonly id: string;
  readonly reference: string;
  readonly kind: 'person' | 'organisation';
  readonly displayName: string;
  readonly givenName: string | null;
  readonly middleName: string | null;
  readonly familyName: string | null;
  readonly organisationName: string | null;
  readonly registrationNumber: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly preferredLocale: string | null;
}

/** What a file may change of a stored party; its kind never changes. */
export type PartyField = Exclude<keyof PartyStated, 'id' | 'reference' | 'kind'>;

const columnOf: Record<PartyField, string> = {
  displayName: 'display_name',
  givenName: 'given_name',
  middleName: 'middle_name',
  familyName: 'family_name',
  organisationName: 'organisation_name',
  registrationNumber: 'registration_number',
  email: 'email',
  phone: 'phone',
  preferredLocale: 'preferred_locale',
};

/**
 * Creates the parties not stored yet and changes the given fields of stored ones, in one
 * statement. Returns the parties created or changed; one already equal is not returned.
 */
export async function upsertParties(
  trx: Transaction<Database>,
  {
    tenantId,
    parties,
    changing,
    at,
  }: { tenantId: string; parties: readonly PartyStated[]; changing: readonly PartyField[]; at: Date },
): Promise<{ id: string; reference: string }[]> {
  if (parties.length === 0) return [];
  const column = <Key extends keyof PartyStated>(key: Key) => parties.map((party) => party[key]);
  const result = await sql<{ id: string; reference: string }>`
    insert into party (tenant_id, id, reference, kind, display_name, given_name, middle_name, family_name,
      organisation_name, registration_number, email, phone, preferred_locale, created_at, updated_at)
    select ${tenantId}::uuid, t.id, t.reference, t.kind, t.display_name, t.given_name, t.middle_name, t.family_name,
      t.organisation_name, t.registration_number, t.email, t.phone, t.preferred_locale, ${at}::timestamptz,
      ${at}::timestamptz
    from unnest(
      ${column('id')}::uuid[],
      ${column('reference')}::text[],
      ${column('kind')}::text[],
      ${column('displayName')}::text[],
      ${column('givenName')}::text[],
      ${column('middleName')}::text[],
      ${column('familyName')}::text[],
      ${column('organisationName')}::text[],
      ${column('registrationNumber')}::text[],
      ${column('email')}::text[],
      ${column('phone')}::text[],
      ${column('preferredLocale')}::text[]
    ) as t(id, reference, kind, display_name, given_name, middle_name, family_name, organisation_name,
           registration_number, email, phone, preferred_locale)
    on conflict (tenant_id, reference) where reference is not null
    ${updateChanged(
      'party',
      changing.map((field) => columnOf[field]),
    )}
    returning id, reference`.execute(trx);
  return result.rows;
}
