import type { DisplacementFigureCreate } from '@crc/domain';

/**
 * The natural key of displacement_figure, as DTM keys its figures: source, area,
 * location, round, reporting date (a round reported on two dates keeps both), group,
 * and the dimensions the figure is split by ('' = not split). As one string, for
 * de-duplication in memory; the unique index `displacement_figure_natural_key` is the
 * same key in the database.
 */
export function displacementNaturalKey(figure: DisplacementFigureCreate): string {
  // One template, no array per figure (called for every imported row, issue 13).
  return `${figure.source}\u0000${figure.areaPcode}\u0000${locationKeyOf(figure)}\u0000${figure.roundNumber}\u0000${
    figure.reportingDate
  }\u0000${figure.populationGroup}\u0000${figure.origin ?? ''}\u0000${figure.displacementReason ?? ''}\u0000${
    figure.shelterType ?? ''
  }`;
}

/** The location's DTM id, else its name, else '' (a figure for the whole area). */
export function locationKeyOf(figure: Pick<DisplacementFigureCreate, 'location'>): string {
  return figure.location?.code ?? figure.location?.name ?? '';
}
