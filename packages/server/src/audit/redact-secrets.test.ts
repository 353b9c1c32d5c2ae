import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.ts';

describe('redactSecrets', () => {
  it('replaces password, secret and token fields at any depth, whatever their case', () => {
    expect(
      redactSecrets({
        email: 'ana@example.org',
        password: 'hunter2',
        newPassword: 'hunter3',
        user: { passwordHash: '$argon2id$…', displayName: 'Ana' },
        keys: [{ name: 'billing', secret: 'utk_abc_def', secretHash: 'f00' }],
        session: { csrfToken: 't', TokenHash: 'h', expiresAt: '2030-01-01T00:00:00.000Z' },
      }),
    ).toEqual({
      email: 'ana@example.org',
      password: '[redacted]',
      newPassword: '[redacted]',
      user: { passwordHash: '[redacted]', displayName: 'Ana' },
      keys: [{ name: 'billing', secret: '[redacted]', secretHash: '[redacted]' }],
      session: { csrfToken: '[redacted]', TokenHash: '[redacted]', expiresAt: '2030-01-01T00:00:00.000Z' },
    });
  });

  it('redacts a whole object or list held under a secret name', () => {
    expect(redactSecrets({ tokens: ['a', 'b'], secrets: { api: 'x' } })).toEqual({
      tokens: '[redacted]',
      secrets: '[redacted]',
    });
  });

  it('leaves other values, nulls and lists as they are', () => {
    expect(redactSecrets(null)).toBeNull();
    expect(redactSecrets('password')).toBe('password');
    expect(redactSecrets([1, { name: 'token ring' }])).toEqual([1, { name: 'token ring' }]);
  });
});
