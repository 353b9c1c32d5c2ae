// A million parties in three scripts, each with one account, drawn from a seeded generator so
// every run loads the same rows and asks the same questions.

const latinGiven = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Pierre',
  'Marie',
  'Jean',
  'Camille',
  'Luca',
  'Giulia',
  'Marco',
  'Francesca',
  'Javier',
  'Lucia',
  'Hans',
  'Anna',
  'Lars',
  'Ingrid',
  'Mateo',
  'Sofia',
  'Noah',
  'Emma',
  'Oliver',
  'Amelia',
];
const latinFamily = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Dubois',
  'Lefebvre',
  'Moreau',
  'Fontaine',
  'Rossi',
  'Russo',
  'Ferrari',
  'Esposito',
  'Bianchi',
  'Romano',
  'Colombo',
  'Ricci',
  'Marino',
  'Greco',
  'Bruno',
  'Gallo',
  'Conti',
  'Mancini',
  'Costa',
  'Giordano',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schroeder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Krause',
  'Meier',
  'Lehmann',
  'Schmid',
  'Schulze',
  'Maier',
  'Kohler',
  'Herrmann',
  'Nowak',
  'Kowalski',
  'Wisniewski',
  'Wojcik',
  'Kaminski',
  'Lewandowski',
  'Zielinski',
  'Szymanski',
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
];
const cyrillicGiven = [
  'Иван',
  'Пётр',
  'Алексей',
  'Сергей',
  'Дмитрий',
  'Андрей',
  'Михаил',
  'Николай',
  'Владимир',
  'Александр',
  'Евгений',
  'Юрий',
  'Олег',
  'Виктор',
  'Павел',
  'Роман',
  'Игорь',
  'Максим',
  'Артём',
  'Денис',
];
const cyrillicFamily = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кузьмин',
  'Фролов',
  'Александров',
  'Дмитриев',
  'Королёв',
  'Гусев',
  'Киселёв',
  'Ильин',
  'Максимов',
  'Поляков',
  'Сорокин',
  'Виноградов',
  'Ковалёв',
  'Белов',
  'Медведев',
  'Антонов',
  'Тарасов',
  'Жуков',
  'Баранов',
  'Филиппов',
  'Комаров',
  'Давыдов',
  'Беляев',
  'Герасимов',
  'Богданов',
  'Осипов',
  'Сидоров',
];
const cyrillicPatronymic = [
  'Иванович',
  'Петрович',
  'Сергеевич',
  'Алексеевич',
  'Николаевич',
  'Михайлович',
  'Андреевич',
  'Владимирович',
];
const chineseFamily = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const chineseGiven = [
  ...'伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红建文辉力宁鹏飞云海燕晨浩宇欣怡佳琪子轩梓涵一诺俊杰思雨嘉欣雅婷志强建国小明晓东丹梅',
];

export type Script = 'latin' | 'cyrillic' | 'chinese';

export interface SyntheticParty {
  readonly script: Script;
  readonly givenName: string;
  readonly familyName: string;
  readonly middleName: string | null;
  readonly displayName: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly accountNumber: string;
}

/** mulberry32: a small seeded generator, good enough to spread synthetic names. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const digits = (random: () => number, count: number) =>
  Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

export const accountNumberOf = (index: number) => `LS-${String(index + 1).padStart(8, '0')}`;

/** Half Latin, three in ten Cyrillic, two in ten Chinese; most with an e-mail and a phone. */
export function syntheticParty(random: () => number, index: number): SyntheticParty {
  const roll = random();
  const script: Script = roll < 0.5 ? 'latin' : roll < 0.8 ? 'cyrillic' : 'chinese';
  let givenName: string;
  let familyName: string;
  let middleName: string | null = null;
  let displayName: string;
  if (script === 'latin') {
    givenName = pick(random, latinGiven);
    familyName = pick(random, latinFamily);
    displayName = `${givenName} ${familyName}`;
  } else if (script === 'cyrillic') {
    givenName = pick(random, cyrillicGiven);
    familyName = pick(random, cyrillicFamily);
    middleName = pick(random, cyrillicPatronymic);
    displayName = `${familyName} ${givenName} ${middleName}`;
  } else {
    familyName = pick(random, chineseFamily);
    givenName = random() < 0.6 ? pick(random, chineseGiven) + pick(random, chineseGiven) : pick(random, chineseGiven);
    displayName = `${familyName}${givenName}`;
  }
  const email = random() < 0.7 ? `customer${index + 1}.${digits(random, 3)}@mail.example` : null;
  const phone =
    random() < 0.8
      ? `+${script === 'cyrillic' ? '7' : script === 'chinese' ? '86' : '33'} ${digits(random, 3)} ${digits(random, 3)}-${digits(random, 2)}-${digits(random, 2)}`
      : null;
  return {
    script,
    givenName,
    familyName,
    middleName,
    displayName,
    email,
    phone,
    accountNumber: accountNumberOf(index),
  };
}
