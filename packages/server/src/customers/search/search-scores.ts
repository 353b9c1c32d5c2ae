// Every score search gives, in one place so the ranking reads top to bottom: exact identifiers,
// then partial account numbers (always above phone digits: a number read off a bill beats a phone
// fragment), phone digits, partial serials, then names, addresses and custom field values by how
// the words matched: whole words, word beginnings, anywhere, or after correcting a misspelling.
export const searchScores = {
  exactIdentifier: 1,
  accountNumberStartOrEnd: 0.92,
  accountNumberInside: 0.88,
  phoneDigitsExact: 0.86,
  phoneDigitsEnd: 0.82,
  phoneDigitsInside: 0.78,
  meterSerialStart: 0.8,
  meterSerialInside: 0.76,
  emailInside: 0.65,
  name: { whole: 0.72, word: 0.68, startsName: 0.64, prefix: 0.62, substring: 0.56, corrected: 0.5 },
  address: { word: 0.6, prefix: 0.57, substring: 0.53 },
  customFieldCeiling: 0.5,
} as const;
