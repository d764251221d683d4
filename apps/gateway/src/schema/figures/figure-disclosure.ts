import { perturbationRulesOf, perturbationTable, type PerturbationRules, type PerturbationTable } from '@crc/metrics';
import type { Viewer } from '../../auth/viewer';
import type { GatewayConfig } from '../../config/config';

/**
 * How a viewer gets figures about people: exact, or through the cell-key method of
 * @crc/metrics (`publish`). Exact only for ADMIN, and for CENTRE_STAFF when the figure
 * counts only the deliveries of one of their own centres (the people they serve); every
 * other view, other centres' staff included, is protected.
 */
export type FigureDisclosure =
  | { readonly exact: true }
  | { readonly exact: false; readonly ptable: PerturbationTable; readonly rules: PerturbationRules };

/** What a figure is restricted to, as far as the viewer rule cares. */
export interface FigureScope {
  /** The centre whose deliveries the figure counts, if it is restricted to one. */
  readonly centreId?: string | undefined;
}

export function figureDisclosureFor(viewer: Viewer, scope: FigureScope, config: GatewayConfig): FigureDisclosure {
  if (viewer.role === 'ADMIN') return { exact: true };
  if (viewer.role === 'CENTRE_STAFF' && scope.centreId !== undefined && viewer.centreIds.has(scope.centreId))
    return { exact: true };
  const ptable = perturbationTableOf(config);
  return { exact: false, ptable, rules: perturbationRulesOf(ptable) };
}

const tables = new Map<string, PerturbationTable>();

/** The perturbation table of the configured parameters, built once per parameter set. */
export function perturbationTableOf(
  config: Pick<GatewayConfig, 'DISCLOSURE_MAX_NOISE' | 'DISCLOSURE_VARIANCE' | 'SUPPRESSION_K'>,
): PerturbationTable {
  const parameters = {
    maxNoise: config.DISCLOSURE_MAX_NOISE,
    variance: config.DISCLOSURE_VARIANCE,
    threshold: config.SUPPRESSION_K - 1,
  };
  const id = JSON.stringify(parameters);
  let table = tables.get(id);
  if (table === undefined) {
    table = perturbationTable(parameters);
    tables.set(id, table);
  }
  return table;
}
