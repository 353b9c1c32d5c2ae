export type NameParts =
  | { kind: 'person'; givenName: string; middleName?: string | null; familyName: string }
  | { kind: 'organisation'; organisationName: string };

// Languages whose people write the family name first, also on bills and envelopes.
const familyFirstLanguages = new Set(['zh', 'ja', 'ko', 'hu', 'vi', 'ru', 'uk', 'be', 'kk']);

// Script extensions, so marks shared by the scripts (々, ー) count as theirs.
const cjkLetter = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;
const letter = /\p{L}/gu;

/** Whether a name is written in Han, Hiragana, Katakana or Hangul: every letter in it is of those scripts. */
export function isWrittenInCjk(text: string): boolean {
  const letters = text.match(letter) ?? [];
  return letters.length > 0 && letters.every((each) => cjkLetter.test(each));
}

/**
 * The name staff and documents show for a party. A person whose family or given name is
 * written in a CJK script is shown as it is written there: family name first, no space
 * ("王明", "山田太郎", "김민준"), whatever the tenant's language. Any other name takes the order
 * of the tenant's language ("Wang Xiaoming", "Иванов Иван Иванович", "Marie Curie").
 */
export function displayName(parts: NameParts, locale: string): string {
  if (parts.kind === 'organisation') return parts.organisationName;
  const middle = parts.middleName ?? '';
  if (isWrittenInCjk(parts.familyName) || isWrittenInCjk(parts.givenName)) {
    return [parts.familyName, parts.givenName, middle].filter((part) => part.length > 0).join('');
  }
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  const ordered = familyFirstLanguages.has(language)
    ? [parts.familyName, parts.givenName, middle]
    : [parts.givenName, middle, parts.familyName];
  return ordered.filter((part) => part.length > 0).join(' ');
}
