import { fail, ok, type Result } from '../../result.ts';
import { luhnCheckDigit } from './account-number.ts';

/**
 * How a tenant's account numbers look, e.g. `RW-{seq:6}`: literal letters, digits and . / -,
 * exactly one `{seq:N}` (the tenant's counter, zero-padded to N digits) and at most one
 * `{check}` (the Luhn digit of those N digits, so a mistyped digit is caught at the counter).
 */
export type AccountNumberPattern = readonly PatternPart[];

type PatternPart =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'sequence'; readonly width: number }
  | { readonly kind: 'check' };

/** The built-in numbering: eight digits and a Luhn check digit, as accountNumberFor. */
export const defaultAccountNumberPattern = '{seq:8}{check}';

const maxNumberLength = 32;
const maxSequenceWidth = 18;
const tokenPattern = /\{seq:(\d{1,2})\}|\{check\}|[A-Za-z0-9./-]/gy;

export function parseAccountNumberPattern(
  text: string,
): Result<AccountNumberPattern, 'account_number_pattern_invalid'> {
  const parts: PatternPart[] = [];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < text.length) {
    const at = tokenPattern.lastIndex;
    const match = tokenPattern.exec(text);
    if (!match) return invalid(`Unexpected "${text.slice(at, at + 8)}" at position ${at + 1}`);
    if (match[1] !== undefined) parts.push({ kind: 'sequence', width: Number(match[1]) });
    else if (match[0] === '{check}') parts.push({ kind: 'check' });
    else {
      const last = parts.at(-1);
      if (last?.kind === 'literal') parts[parts.length - 1] = { kind: 'literal', text: last.text + match[0] };
      else parts.push({ kind: 'literal', text: match[0] });
    }
  }
  const sequences = parts.filter((part) => part.kind === 'sequence');
  if (sequences.length !== 1) return invalid('The pattern needs exactly one {seq:N}');
  const width = sequences[0]?.width ?? 0;
  if (width < 1 || width > maxSequenceWidth) return invalid(`{seq:N} takes a width from 1 to ${maxSequenceWidth}`);
  if (parts.filter((part) => part.kind === 'check').length > 1)
    return invalid('The pattern takes {check} at most once');
  const first = parts[0];
  if (first?.kind === 'literal' && !/^[A-Za-z0-9]/.test(first.text)) {
    return invalid('An account number starts with a letter or a digit');
  }
  if (numberLength(parts) > maxNumberLength)
    return invalid(`Numbers would be longer than ${maxNumberLength} characters`);
  return ok(parts);
}

const invalid = (detail: string) => fail('account_number_pattern_invalid', detail);

const numberLength = (parts: readonly PatternPart[]) =>
  parts.reduce(
    (length, part) => length + (part.kind === 'literal' ? part.text.length : part.kind === 'sequence' ? part.width : 1),
    0,
  );

const sequenceWidth = (pattern: AccountNumberPattern): number =>
  pattern.find((part) => part.kind === 'sequence')?.width ?? 0;

/** The number for the n-th value of the tenant's counter; none once n no longer fits {seq:N}. */
export function formatAccountNumber(
  pattern: AccountNumberPattern,
  sequenceValue: bigint,
): Result<string, 'account_numbers_exhausted'> {
  if (sequenceValue < 1n) throw new RangeError(`Account sequence ${sequenceValue} is below 1`);
  const width = sequenceWidth(pattern);
  if (sequenceValue >= 10n ** BigInt(width)) {
    return fail('account_numbers_exhausted', `Sequence value ${sequenceValue} needs more than ${width} digits`);
  }
  const digits = sequenceValue.toString().padStart(width, '0');
  return ok(
    pattern
      .map((part) => (part.kind === 'literal' ? part.text : part.kind === 'sequence' ? digits : luhnCheckDigit(digits)))
      .join(''),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.\\/-]/g, (character) => `\\${character}`);

/** True when the number has the pattern's shape and, where the pattern has one, a right check digit. */
export function matchesAccountNumberPattern(pattern: AccountNumberPattern, accountNumber: string): boolean {
  const source = pattern
    .map((part) =>
      part.kind === 'literal'
        ? escapeRegExp(part.text)
        : part.kind === 'sequence'
          ? `(?<seq>\\d{${part.width}})`
          : '(?<check>\\d)',
    )
    .join('');
  const match = new RegExp(`^${source}$`).exec(accountNumber);
  if (!match?.groups) return false;
  const { seq, check } = match.groups;
  if (seq === undefined || /^0+$/.test(seq)) return false;
  return check === undefined || luhnCheckDigit(seq) === check;
}
