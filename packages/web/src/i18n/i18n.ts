import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage } from './detect-language.ts';
import { defaultLanguage, type Language, languages } from './languages.ts';
import { resources } from './resources.ts';

const storageKey = 'utilis.language';

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage({ stored: localStorage.getItem(storageKey), browserLanguages: navigator.languages }),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Only a choice the user made is remembered, so an untouched browser keeps following its own language. */
export async function chooseLanguage(language: Language) {
  localStorage.setItem(storageKey, language);
  await i18n.changeLanguage(language);
}
