import type { UserWorkspaceConfig } from 'vitest/config';

export declare function crcVitestConfig(overrides?: NonNullable<UserWorkspaceConfig['test']>): UserWorkspaceConfig;
