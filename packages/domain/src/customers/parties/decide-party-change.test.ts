import { describe, expect, it } from 'vitest';
import { decidePartyChange, type PartyNames } from './decide-party-change.ts';

const person: PartyNames = {
  kind: 'person',
  givenName: 'Ольга',
  middleName: null,
  familyName: 'Смирнова',
  organisationName: null,
  registrationNumber: null,
};
const organisation: PartyNames = {
  ...person,
  kind: 'organisation',
  givenName: null,
  familyName: null,
  organisationName: 'Régie des Eaux',
};

describe('decidePartyChange', () => {
  it('renames a person in the order of the tenant language, keeping the names not sent', () => {
    expect(decidePartyChange(person, { familyName: 'Кузнецова' }, 'ru-RU')).toEqual({
      ok: true,
      value: { displayName: 'Кузнецова Ольга' },
    });
    expect(decidePartyChange(person, { middleName: 'Ивановна' }, 'en-GB')).toEqual({
      ok: true,
      value: { displayName: 'Ольга Ивановна Смирнова' },
    });
  });

  it('clears a middle name sent as null', () => {
    const named = { ...person, middleName: 'Ивановна' };
    expect(decidePartyChange(named, { middleName: null }, 'ru-RU')).toMatchObject({
      value: { displayName: 'Смирнова Ольга' },
    });
  });

  it('refuses the fields of the other kind, naming them', () => {
    expect(decidePartyChange(person, { organisationName: 'Орлов и сыновья' }, 'ru-RU')).toEqual({
      ok: false,
      code: 'party_kind_mismatch',
      detail: 'A person has no organisationName',
    });
    expect(decidePartyChange(organisation, { givenName: 'Wile', familyName: null }, 'fr-FR')).toMatchObject({
      code: 'party_kind_mismatch',
      detail: 'A organisation has no givenName, familyName',
    });
  });

  it('renames an organisation as written', () => {
    expect(decidePartyChange(organisation, { organisationName: 'Eau de Paris' }, 'fr-FR')).toMatchObject({
      value: { displayName: 'Eau de Paris' },
    });
  });
});
