import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName, isWrittenInCjk } from './display-name.ts';

const locales = ['en', 'en-GB', 'fr-FR', 'es', 'ru', 'zh-CN', 'it', 'ja-JP', 'ko'] as const;

// One character of each CJK script a name is written in: Han, Hiragana, Katakana, Hangul syllables.
const cjkCharacter = fc
  .oneof(
    fc.integer({ min: 0x4e00, max: 0x9fff }),
    fc.integer({ min: 0x3041, max: 0x3096 }),
    fc.integer({ min: 0x30a1, max: 0x30fa }),
    fc.integer({ min: 0xac00, max: 0xd7a3 }),
  )
  .map((code) => String.fromCodePoint(code));
const cjkName = fc.array(cjkCharacter, { minLength: 1, maxLength: 4 }).map((characters) => characters.join(''));
const latinName = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéüñ'), { minLength: 1, maxLength: 12 })
  .map((letters) => letters.join(''));

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

  it('shows a Chinese name family first for a British tenant too', () => {
    expect(displayName({ kind: 'person', givenName: '明', familyName: '王' }, 'en-GB')).toBe('王明');
  });

  it('shows Japanese and Korean names as they are written', () => {
    expect(displayName({ kind: 'person', givenName: '太郎', familyName: '山田' }, 'fr-FR')).toBe('山田太郎');
    expect(displayName({ kind: 'person', givenName: 'さくら', familyName: '佐々木' }, 'en')).toBe('佐々木さくら');
    expect(displayName({ kind: 'person', givenName: 'ユーコ', familyName: 'タナカ' }, 'it')).toBe('タナカユーコ');
    expect(displayName({ kind: 'person', givenName: '민준', familyName: '김' }, 'es')).toBe('김민준');
  });

  it('puts the family name first when only one of the names is in a CJK script', () => {
    expect(displayName({ kind: 'person', givenName: '明', familyName: 'Wang' }, 'en')).toBe('Wang明');
  });

  it('keeps a space for a romanised Chinese name', () => {
    expect(displayName({ kind: 'person', givenName: 'Xiaoming', familyName: 'Wang' }, 'zh-CN')).toBe('Wang Xiaoming');
  });

  it('uses the organisation name as it is', () => {
    expect(displayName({ kind: 'organisation', organisationName: 'Acque Srl' }, 'it-IT')).toBe('Acque Srl');
  });

  it('shows any name written in a CJK script family first without a space, in every locale', () => {
    fc.assert(
      fc.property(cjkName, cjkName, fc.constantFrom(...locales), (given, family, locale) => {
        expect(displayName({ kind: 'person', givenName: given, familyName: family }, locale)).toBe(`${family}${given}`);
      }),
    );
  });

  it('keeps the order of the tenant language for names in other scripts', () => {
    fc.assert(
      fc.property(latinName, latinName, (given, family) => {
        const person = { kind: 'person', givenName: given, familyName: family } as const;
        expect(displayName(person, 'en-GB')).toBe(`${given} ${family}`);
        expect(displayName(person, 'ru')).toBe(`${family} ${given}`);
      }),
    );
  });

  it('contains every part of a person name in any locale', () => {
    const part = fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim() === text && text !== '');
    fc.assert(
      fc.property(part, part, fc.constantFrom(...locales), (given, family, locale) => {
        const name = displayName({ kind: 'person', givenName: given, familyName: family }, locale);
        expect(name).toContain(given);
        expect(name).toContain(family);
      }),
    );
  });
});

describe('isWrittenInCjk', () => {
  it('knows Han, kana and Hangul, with their shared marks, and nothing else', () => {
    expect(['王', '佐々木', 'ユーコ', '김민준'].map(isWrittenInCjk)).toEqual([true, true, true, true]);
    expect(['Wang', 'Иван', '', '·', 'Wang 明'].map(isWrittenInCjk)).toEqual([false, false, false, false, false]);
  });
});
