/** What a redacted field holds instead of its value, so a reader sees that it was there. */
export const redacted = '[redacted]';

// Matched anywhere in a field name: password, newPassword, passwordHash, secret, csrfToken, tokenHash…
const secretField = /password|secret|token/i;

/** A copy of a JSON value with every password, secret and token field replaced, at any depth. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, secretField.test(key) ? redacted : redactSecrets(field)]),
  );
}
