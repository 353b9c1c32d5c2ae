import type { SampledParty } from './load-synthetic-tenant.ts';

export type QueryKind =
  | 'latin-name'
  | 'cyrillic-name'
  | 'chinese-name'
  | 'phone'
  | 'account-number'
  | 'account-part'
  | 'email'
  | 'address'
  | 'meter-serial';

export interface BenchQuery {
  readonly kind: QueryKind;
  readonly text: string;
  /** The hit that must come first for an exact identifier; undefined for names shared by thousands. */
  readonly expectedId: string | undefined;
}

// The mix a back office types: names most often, then identifiers read off a bill or a phone call.
const mix: readonly [QueryKind, number][] = [
  ['latin-name', 0.17],
  ['cyrillic-name', 0.13],
  ['chinese-name', 0.13],
  ['phone', 0.12],
  ['account-number', 0.1],
  ['account-part', 0.07],
  ['email', 0.12],
  ['address', 0.1],
  ['meter-serial', 0.06],
];

/** A misspelling: one letter dropped from the middle of the word. */
const dropOneLetter = (word: string) => {
  const letters = [...word];
  letters.splice(Math.floor(letters.length / 2), 1);
  return letters.join('');
};

export function benchQueries({
  random,
  sample,
  count,
  partyId,
  accountId,
  meterId,
}: {
  random: () => number;
  sample: readonly SampledParty[];
  count: number;
  partyId: (index: number) => string;
  accountId: (index: number) => string;
  meterId: (index: number) => string;
}): BenchQuery[] {
  const queries: BenchQuery[] = [];
  const kindFor = (roll: number): QueryKind => {
    let sum = 0;
    for (const [kind, share] of mix) {
      sum += share;
      if (roll < sum) return kind;
    }
    return 'email';
  };
  for (let position = 0; queries.length < count; position++) {
    const kind = kindFor(random());
    const variant = random();
    // Walk the sample from a different place each time until a party fits the kind.
    for (let offset = 0; offset < sample.length; offset++) {
      const entry = sample[(position * 7 + offset) % sample.length];
      if (!entry) continue;
      const query = queryFor(kind, variant, entry);
      if (query) {
        queries.push(query);
        break;
      }
    }
  }
  return queries;

  function queryFor(kind: QueryKind, variant: number, { index, party, premise, meterSerial }: SampledParty) {
    const digits = party.phone?.replace(/\D/g, '');
    switch (kind) {
      case 'latin-name':
      case 'cyrillic-name': {
        if (party.script !== (kind === 'latin-name' ? 'latin' : 'cyrillic')) return undefined;
        const text =
          variant < 0.3
            ? party.displayName
            : variant < 0.55
              ? party.familyName
              : variant < 0.8
                ? `${dropOneLetter(party.familyName)} ${party.givenName}`
                : [...party.familyName].slice(0, 4).join('');
        return { kind, text, expectedId: undefined };
      }
      case 'chinese-name': {
        if (party.script !== 'chinese') return undefined;
        const text = variant < 0.5 || [...party.givenName].length < 2 ? party.displayName : party.givenName;
        return { kind, text, expectedId: undefined };
      }
      case 'phone':
        if (!party.phone || !digits) return undefined;
        return variant < 0.5
          ? { kind, text: party.phone, expectedId: partyId(index) }
          : { kind, text: digits.slice(-7), expectedId: undefined };
      case 'account-number':
        return { kind, text: party.accountNumber, expectedId: accountId(index) };
      case 'account-part':
        return { kind, text: party.accountNumber.slice(-6), expectedId: accountId(index) };
      case 'email':
        return party.email ? { kind, text: party.email, expectedId: partyId(index) } : undefined;
      // Street and house as typed (shared by a hundred premises in several cities), or with the postal code.
      case 'address':
        return {
          kind,
          text: variant < 0.7 ? premise.typedAddress : `${premise.typedAddress} ${premise.postalCode}`,
          expectedId: undefined,
        };
      case 'meter-serial':
        return { kind, text: variant < 0.7 ? meterSerial : meterSerial.toLowerCase(), expectedId: meterId(index) };
    }
  }
}
