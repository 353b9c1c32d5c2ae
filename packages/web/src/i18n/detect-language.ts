import { defaultLanguage, isLanguage, type Language } from './languages.ts';

/** The stored choice wins; otherwise the first browser language we translate, matched on its primary subtag. */
export function detectLanguage({
  stored,
  browserLanguages,
}: {
  stored: string | null;
  browserLanguages: readonly string[];
}): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return defaultLanguage;
}
