import type { Locale } from '../locale/locales';
import { ar } from './catalog/ar';
import { ckb } from './catalog/ckb';
import { type Catalog, en } from './catalog/en';

/** The message catalogue of every supported locale. */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, ar, ckb };
