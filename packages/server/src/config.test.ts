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

  it('names every invalid variable', () => {
    expect(() => configFromEnvironment({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT.*LOG_LEVEL/);
  });
});
