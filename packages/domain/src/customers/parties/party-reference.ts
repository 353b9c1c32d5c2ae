/**
 * The customer numbers of a tenant that set no pattern of its own (same syntax as account number
 * patterns): C, eight digits of the tenant's counter and their Luhn check digit, as in C000000018.
 * The letter keeps a customer number apart from an account number read out on the phone.
 * Migration 2026-12-05-0016 numbers the parties stored before in the same way.
 */
export const defaultPartyReferencePattern = 'C{seq:8}{check}';
