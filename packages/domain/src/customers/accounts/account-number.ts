const digitsBeforeCheck = 8;

/**
 * The account number for the n-th generated account of a tenant: eight digits and a Luhn
 * check digit, so a counter clerk's mistyped digit or swapped neighbours is caught at once.
 */
export function accountNumberFor(sequenceValue: bigint): string {
  if (sequenceValue < 1n || sequenceValue >= 10n ** BigInt(digitsBeforeCheck)) {
    throw new RangeError(`Account sequence ${sequenceValue} is outside 1..99999999`);
  }
  const body = sequenceValue.toString().padStart(digitsBeforeCheck, '0');
  return body + luhnCheckDigit(body);
}

/** True when the last digit is the Luhn check digit of the others. */
export function hasValidCheckDigit(accountNumber: string): boolean {
  if (!/^\d{2,}$/.test(accountNumber)) return false;
  return luhnCheckDigit(accountNumber.slice(0, -1)) === accountNumber.slice(-1);
}

/** The Luhn (mod 10) check digit of a string of digits. */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let position = 0; position < digits.length; position++) {
    const digit = Number(digits[digits.length - 1 - position]);
    const weighted = position % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return String((10 - (sum % 10)) % 10);
}
