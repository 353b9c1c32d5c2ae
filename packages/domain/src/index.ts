export { accountNumberFor, hasValidCheckDigit } from './accounts/account-number.ts';
export { todayIn } from './calendar/today-in.ts';
export { displayName, type NameParts } from './parties/display-name.ts';
export { fail, ok, type Result } from './result.ts';
