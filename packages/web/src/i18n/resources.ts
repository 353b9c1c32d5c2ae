import type { ResourceLanguage } from 'i18next';
import type { Language } from './languages.ts';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import it from './locales/it.json';
import ru from './locales/ru.json';
import zh from './locales/zh.json';

export type Messages = typeof en;

export const resources: Record<Language, ResourceLanguage> = {
  en: { translation: en },
  fr: { translation: fr },
  es: { translation: es },
  ru: { translation: ru },
  zh: { translation: zh },
  it: { translation: it },
};
