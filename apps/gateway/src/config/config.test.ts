import { describe, expect, it } from 'vitest';
import { GatewayConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, CORS_ORIGINS: [], GRAPHIQL: true, MAX_DEPTH: 12, MAX_ALIASES: 30, SUPPRESSION_K: 5 });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads lists, flags and numbers, and treats empty strings as unset', () => {
    const config = loadConfig({ PORT: '8080', CORS_ORIGINS: 'https://a.example, https://b.example', GRAPHIQL: 'false', DATABASE_URL: '' });
    expect(config).toMatchObject({ PORT: 8080, CORS_ORIGINS: ['https://a.example', 'https://b.example'], GRAPHIQL: false });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable and the reason', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MAX_DEPTH: '0' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GatewayConfigError);
    const problems = (error as GatewayConfigError).problems;
    expect(problems.map((problem) => problem.variable).sort()).toEqual(['DATABASE_URL', 'MAX_DEPTH', 'PORT']);
    expect(problems.find((problem) => problem.variable === 'DATABASE_URL')?.message).toMatch(/postgresql:\/\//);
    expect((error as Error).message).toContain('PORT');
  });
});
