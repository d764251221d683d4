import type { Options } from 'tsup';

export interface CrcTsupOptions extends Omit<Options, 'format' | 'target'> {
  /** Entry points: each becomes a file in dist/ (a record names them). */
  entry: NonNullable<Options['entry']>;
}

/** tsup's options, under a name the packages' tsup.config.ts can export (declarations need nameable types). */
export interface CrcTsupConfig extends Options {}

export function crcTsupConfig(options: CrcTsupOptions): CrcTsupConfig;
