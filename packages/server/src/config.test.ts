import { describe, expect, it } from 'vitest';
import { configFromEnvironment } from './config.ts';

describe('configFromEnvironment', () => {
  it('defaults to PGlite under ./data and 127.0.0.1:3000', () => {
    const config = configFromEnvironment({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, database: { backend: 'pglite' } });
    expect(config.database.backend === 'pglite' && config.database.dataDir).toMatch(/\/data\/pglite$/);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = configFromEnvironment({ DATABASE_URL: 'postgres://app@db.example:5432/utilis' });
    expect(config.database).toEqual({ backend: 'postgres', url: 'postgres://app@db.example:5432/utilis' });
  });

  it('secures cookies and limits sessions and logins by default, each overridable', () => {
    expect(configFromEnvironment({}).security).toEqual({
      isCookieSecure: true,
      session: { idleMinutes: 120, absoluteHours: 12 },
      lockout: { maxFailedLogins: 5, lockMinutes: 15 },
      loginAttemptsPerMinute: 10,
      requestsPerMinute: 1200,
    });
    const relaxed = configFromEnvironment({
      UTILIS_COOKIE_SECURE: 'false',
      UTILIS_SESSION_IDLE_MINUTES: '30',
      UTILIS_LOGIN_ATTEMPTS_PER_MINUTE: '3',
    }).security;
    expect(relaxed).toMatchObject({ isCookieSecure: false, session: { idleMinutes: 30 }, loginAttemptsPerMinute: 3 });
    expect(() => configFromEnvironment({ UTILIS_COOKIE_SECURE: 'yes' })).toThrow(/UTILIS_COOKIE_SECURE/);
  });

  it('names every invalid variable', () => {
    expect(() => configFromEnvironment({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT.*LOG_LEVEL/);
  });
});
