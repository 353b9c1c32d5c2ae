import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName } from './display-name.ts';

describe('displayName', () => {
  it('writes given name first in French', () => {
    expect(displayName({ kind: 'person', givenName: 'Marie', familyName: 'Curie' }, 'fr-FR')).toBe('Marie Curie');
  });

  it('writes family name, given name and patronymic in Russian', () => {
    const name = { kind: 'person', givenName: 'Иван', middleName: 'Иванович', familyName: 'Иванов' } as const;
    expect(displayName(name, 'ru-RU')).toBe('Иванов Иван Иванович');
  });

  it('joins a Chinese name in Han script without a space', () => {
    expect(displayName({ kind: 'person', givenName: '小明', familyName: '王' }, 'zh-CN')).toBe('王小明');
  });

  it('keeps a space for a romanised Chinese name', () => {
    expect(displayName({ kind: 'person', givenName: 'Xiaoming', familyName: 'Wang' }, 'zh-CN')).toBe('Wang Xiaoming');
  });

  it('uses the organisation name as it is', () => {
    expect(displayName({ kind: 'organisation', organisationName: 'Acque Srl' }, 'it-IT')).toBe('Acque Srl');
  });

  it('contains every part of a person name in any locale', () => {
    const part = fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim() === text && text !== '');
    fc.assert(
      fc.property(part, part, fc.constantFrom('en', 'fr-FR', 'ru', 'zh-CN', 'it', 'es'), (given, family, locale) => {
        const name = displayName({ kind: 'person', givenName: given, familyName: family }, locale);
        expect(name).toContain(given);
        expect(name).toContain(family);
      }),
    );
  });
});
