import { describe, expect, it } from 'vitest';
import { GatewayConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      CORS_ORIGINS: [],
      GRAPHIQL: true,
      MAX_DEPTH: 12,
      MAX_ALIASES: 30,
      SUPPRESSION_K: 5,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads lists, flags and numbers, and treats empty strings as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      GRAPHIQL: 'false',
      DATABASE_URL: '',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      CORS_ORIGINS: ['https://a.example', 'https://b.example'],
      GRAPHIQL: false,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('turns GraphiQL and PUBLIC introspection off in production unless set, and gives the documented budgets', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ GRAPHIQL: false, PUBLIC_INTROSPECTION: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' })).toMatchObject({
      GRAPHIQL: true,
      PUBLIC_INTROSPECTION: false,
    });
    expect(loadConfig({})).toMatchObject({
      PUBLIC_INTROSPECTION: true,
      STATEMENT_TIMEOUT_MS: 5000,
      DATABASE_JIT: false,
      REQUEST_DATABASE_BUDGET_MS: 10_000,
      RATE_LIMIT_PER_KEY: 600,
      RATE_LIMIT_PER_ADDRESS: 300,
      METRICS_OPERATION_NAMES: [],
      COMPILE_ON_EXECUTION: 3,
    });
    expect(loadConfig({ COMPILE_ON_EXECUTION: '0' }).COMPILE_ON_EXECUTION).toBe(0);
    expect(() => loadConfig({ RATE_LIMIT_REDIS_URL: 'http://x', METRICS_KEY: 'short' })).toThrow(
      /RATE_LIMIT_REDIS_URL[\s\S]*METRICS_KEY|METRICS_KEY[\s\S]*RATE_LIMIT_REDIS_URL/,
    );
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
