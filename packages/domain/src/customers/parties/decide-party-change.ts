import { fail, ok, type Result } from '../../result.ts';
import { displayName } from './display-name.ts';

/** A party's kind and names, as stored. */
export interface PartyNames {
  readonly kind: 'person' | 'organisation';
  readonly givenName: string | null;
  readonly middleName: string | null;
  readonly familyName: string | null;
  readonly organisationName: string | null;
  readonly registrationNumber: string | null;
}

type NameField = Exclude<keyof PartyNames, 'kind'>;

/** The names a change sends: a field present (null included) is changed, an absent one kept. */
export type PartyNameChanges = { readonly [Field in NameField]?: string | null | undefined };

const personOnly: readonly NameField[] = ['givenName', 'middleName', 'familyName'];
const organisationOnly: readonly NameField[] = ['organisationName', 'registrationNumber'];

/**
 * Whether a change fits the party's kind (a person has no organisation name, an organisation no
 * family name), and the display name the party's names give once changed, in the tenant's language.
 */
export function decidePartyChange(
  current: PartyNames,
  changes: PartyNameChanges,
  locale: string,
): Result<{ displayName: string }, 'party_kind_mismatch'> {
  const foreign = (current.kind === 'person' ? organisationOnly : personOnly).filter((field) => field in changes);
  if (foreign.length > 0) return fail('party_kind_mismatch', `A ${current.kind} has no ${foreign.join(', ')}`);
  const next = { ...current, ...changes };
  return ok({
    displayName:
      current.kind === 'person'
        ? displayName(
            {
              kind: 'person',
              givenName: next.givenName ?? '',
              middleName: next.middleName ?? null,
              familyName: next.familyName ?? '',
            },
            locale,
          )
        : displayName({ kind: 'organisation', organisationName: next.organisationName ?? '' }, locale),
  });
}
