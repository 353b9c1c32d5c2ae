// ISO 4217 minor units for currencies that do not use two decimals; every other code uses 2.
const minorUnitsByCurrency: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

const checked = new Map<string, number>();

/** Decimal places of a currency's minor unit: EUR, USD, CNY, RUB 2; JPY 0; KWD 3. */
export function minorUnitsOf(currency: string): number {
  const known = checked.get(currency);
  if (known !== undefined) return known;
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Not an ISO 4217 code: ${currency}`);
  const places = minorUnitsByCurrency[currency] ?? 2;
  checked.set(currency, places);
  return places;
}
