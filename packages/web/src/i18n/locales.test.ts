import { errorCodes } from '@utilis/contracts';
import { describe, expect, it } from 'vitest';
import { type Language, languages } from './languages.ts';
import { resources } from './resources.ts';
import { knownUnits } from './units.ts';

type Tree = { [key: string]: string | Tree };

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
};

const messagesOf = (language: string) => flatten(resources[language as keyof typeof resources].translation as Tree);
const baseKeys = (messages: Map<string, string>) =>
  new Set([...messages.keys()].map((key) => key.replace(pluralSuffix, '')));
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

const english = messagesOf('en');

// One word per concept (the glossary of ARCHITECTURE.md): the synonyms that once crept in stay out.
const synonymsOutOfUse: Partial<Record<Language, RegExp>> = {
  // Meters are «приборы учёта», the regulatory term; parties «клиенты»; a balance «сальдо».
  ru: /сч[её]тчик|абонент|контрагент|баланс/i,
  // Accounts are 营业户, meters 计量表, premises 房产, tenants 公司.
  zh: /(?<!量)表计|水表|用水地址|租户|账号|账户/,
  es: /tercero/i,
};

describe.each(languages)('locale %s', (language) => {
  const messages = messagesOf(language);

  it('has exactly the keys English has', () => {
    const expected = [...baseKeys(english)].sort();
    expect([...baseKeys(messages)].sort()).toEqual(expected);
  });

  it('has every plural form its language needs and no other', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
    const pluralKeys = [...baseKeys(english)].filter((key) => english.has(`${key}_other`));
    for (const key of pluralKeys) {
      const forms = [...messages.keys()]
        .filter((candidate) => candidate.replace(pluralSuffix, '') === key && pluralSuffix.test(candidate))
        .map((candidate) => candidate.slice(key.length + 1))
        .sort();
      expect(forms, key).toEqual(categories);
    }
  });

  it('names every unit a meter reads in', () => {
    const missing = knownUnits.filter((unit) => !messages.get(`units.${unit}`)?.trim());
    expect(missing).toEqual([]);
  });

  it('keeps to one term per concept', () => {
    const pattern = synonymsOutOfUse[language];
    const drifted = pattern ? [...messages].filter(([, text]) => pattern.test(text)) : [];
    expect(drifted).toEqual([]);
  });

  it('translates every API error code', () => {
    const missing = errorCodes.filter((code) => !messages.get(`errors.${code}`)?.trim());
    expect(missing).toEqual([]);
  });

  it('has no empty message and keeps the interpolation variables of English', () => {
    for (const [key, text] of messages) {
      expect(text.trim(), key).not.toBe('');
      const englishText = english.get(key) ?? english.get(`${key.replace(pluralSuffix, '')}_other`) ?? '';
      expect(variables(text), key).toEqual(variables(englishText));
    }
  });
});

describe('error messages', () => {
  it('cover exactly the error codes of the API', () => {
    const translated = [...english.keys()].filter((key) => key.startsWith('errors.')).map((key) => key.slice(7));
    expect(translated.sort()).toEqual([...errorCodes].sort());
  });
});
