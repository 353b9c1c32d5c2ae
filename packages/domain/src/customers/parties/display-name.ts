export type NameParts =
  | { kind: 'person'; givenName: string; middleName?: string | null; familyName: string }
  | { kind: 'organisation'; organisationName: string };

// Languages whose people write the family name first, also on bills and envelopes.
const familyFirstLanguages = new Set(['zh', 'ja', 'ko', 'hu', 'vi', 'ru', 'uk', 'be', 'kk']);

/**
 * The name staff and documents show for a party, in the order the tenant's language
 * writes it ("Wang Xiaoming", "Иванов Иван Иванович", "Marie Curie").
 */
export function displayName(parts: NameParts, locale: string): string {
  if (parts.kind === 'organisation') return parts.organisationName;
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  const middle = parts.middleName ?? '';
  const ordered = familyFirstLanguages.has(language)
    ? [parts.familyName, parts.givenName, middle]
    : [parts.givenName, middle, parts.familyName];
  // CJK names are written without spaces when the name itself is in CJK script.
  const separator = isCjk(parts.familyName) && isCjk(parts.givenName) ? '' : ' ';
  return ordered.filter((part) => part.length > 0).join(separator);
}

const isCjk = (text: string) =>
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u.test(text);
