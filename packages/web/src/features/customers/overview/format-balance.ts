/**
 * An integer of minor units as money in the reader's language, exactly: the decimal point is
 * placed by the currency's own number of digits, never by dividing a float.
 */
export function formatBalance({
  balanceMinor,
  currency,
  locale,
}: {
  balanceMinor: string;
  currency: string;
  locale: string;
}) {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = money.resolvedOptions().maximumFractionDigits ?? 2;
  const negative = balanceMinor.startsWith('-');
  const magnitude = (negative ? balanceMinor.slice(1) : balanceMinor).padStart(digits + 1, '0');
  const decimal = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  // format() takes a decimal string as is (Intl.NumberFormat v3), so no precision is lost.
  return money.format(`${negative ? '-' : ''}${decimal}` as unknown as number);
}
