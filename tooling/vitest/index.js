// Shared vitest preset. Integration tests talk to a real database, so they get
// generous timeouts and run files one at a time (one PostgreSQL per CI run).
import { defineProject } from 'vitest/config';

/** @param {NonNullable<import('vitest/config').UserWorkspaceConfig['test']>} [overrides] */
export function crcVitestConfig(overrides = {}) {
  return defineProject({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
      hookTimeout: 120_000,
      fileParallelism: false,
      ...overrides,
    },
  });
}
