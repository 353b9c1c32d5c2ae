export const languages = ['en', 'fr', 'es', 'ru', 'zh', 'it'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'en';

export const isLanguage = (value: unknown): value is Language => languages.some((language) => language === value);
