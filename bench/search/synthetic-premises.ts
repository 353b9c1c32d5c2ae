// Addresses in the three scripts of the synthetic parties, so that a street shared by thousands of
// premises and a house number typed with it behave as they do in a real city.
import type { Script } from './synthetic-parties.ts';

const frenchStreets = [
  'rue de la Paix',
  'avenue Victor Hugo',
  'rue du Moulin',
  'boulevard Voltaire',
  'rue de la Gare',
  'place de la République',
  'rue Pasteur',
  'avenue Jean Jaurès',
  'rue des Lilas',
  'chemin des Vignes',
  'rue Émile Zola',
  'allée des Tilleuls',
  'rue du Château',
  'avenue de la Liberté',
  'rue Saint-Michel',
  'quai des Orfèvres',
];
const frenchCities: readonly [string, string][] = [
  ['Paris', '750'],
  ['Lyon', '690'],
  ['Marseille', '130'],
  ['Toulouse', '310'],
  ['Nantes', '440'],
  ['Bordeaux', '330'],
  ['Lille', '590'],
  ['Rennes', '350'],
];
const russianStreets = [
  'ул. Ленина',
  'ул. Советская',
  'ул. Мира',
  'пр-т Победы',
  'ул. Гагарина',
  'ул. Садовая',
  'ул. Пушкина',
  'ул. Лесная',
  'ул. Молодёжная',
  'ул. Школьная',
  'наб. Фонтанки',
  'ул. Октябрьская',
];
const russianCities: readonly [string, string][] = [
  ['Москва', '101'],
  ['Санкт-Петербург', '190'],
  ['Казань', '420'],
  ['Новосибирск', '630'],
  ['Екатеринбург', '620'],
];
const chineseStreets = [
  '人民路',
  '解放路',
  '中山路',
  '建设路',
  '和平街',
  '长江路',
  '黄河路',
  '新华街',
  '青年路',
  '文化路',
];
const chineseCities: readonly [string, string][] = [
  ['北京市', '100'],
  ['上海市', '200'],
  ['广州市', '510'],
  ['深圳市', '518'],
  ['杭州市', '310'],
  ['成都市', '610'],
];

export interface SyntheticPremise {
  readonly addressLine1: string;
  readonly city: string;
  readonly postalCode: string;
  readonly country: string;
  /** What a back-office agent types for this address: street and house number, in the local order. */
  readonly typedAddress: string;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const upTo = (random: () => number, most: number) => 1 + Math.floor(random() * most);

/** A premise in the country of the party's script: French, Russian or Chinese address conventions. */
export function syntheticPremise(random: () => number, script: Script): SyntheticPremise {
  const house = upTo(random, 250);
  const flat = upTo(random, 120);
  if (script === 'latin') {
    const street = pick(random, frenchStreets);
    const [city, postalPrefix] = pick(random, frenchCities);
    const addressLine1 = random() < 0.5 ? `${house} ${street}` : `${house} ${street}, apt ${flat}`;
    return {
      addressLine1,
      city,
      postalCode: `${postalPrefix}${String(upTo(random, 20)).padStart(2, '0')}`,
      country: 'FR',
      typedAddress: `${house} ${street}`,
    };
  }
  if (script === 'cyrillic') {
    const street = pick(random, russianStreets);
    const [city, postalPrefix] = pick(random, russianCities);
    return {
      addressLine1: `${street}, д. ${house}, кв. ${flat}`,
      city,
      postalCode: `${postalPrefix}${String(upTo(random, 999)).padStart(3, '0')}`,
      country: 'RU',
      typedAddress: `${street.replace(/^\S+\s/, '')} ${house}`,
    };
  }
  const street = pick(random, chineseStreets);
  const [city, postalPrefix] = pick(random, chineseCities);
  return {
    addressLine1: `${street}${house}号${upTo(random, 30)}栋${flat}室`,
    city,
    postalCode: `${postalPrefix}${String(upTo(random, 999)).padStart(3, '0')}`,
    country: 'CN',
    typedAddress: `${street}${house}号`,
  };
}
