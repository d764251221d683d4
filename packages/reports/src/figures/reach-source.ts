import type { PublishedFigureTable } from './published-figure-table';

/** The reach dimensions as the gateway names them: one list for the CLI, the downloads and the labels. */
export const REACH_DIMENSION_NAMES = [
  'SEX',
  'AGE_BRACKET',
  'POPULATION_GROUP',
  'DISABILITY_STATUS',
  'AREA',
  'SERVICE_TYPE',
  'SECTOR',
] as const;

/** A reach dimension as the gateway names it. */
export type ReachDimensionName = (typeof REACH_DIMENSION_NAMES)[number];

/** Which deliveries a reach table counts; ids are UUIDs. */
export interface ReachRequestFilter {
  readonly programmeId?: string;
  readonly projectId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly areaPcode?: string;
}

export interface ReachRequest {
  readonly by: readonly ReachDimensionName[];
  readonly filter: ReachRequestFilter;
  readonly areaLevel?: 'governorate' | 'district' | 'subdistrict';
}

/**
 * Where the people figures of an export or a report come from, as published to one
 * viewer. The gateway passes a source that asks its own `reach` field as that viewer, so
 * a protected viewer's file holds exactly what the graph gives them; the CLI, run by an
 * operator with the database itself, passes exactReachSource.
 */
export type ReachSource = (request: ReachRequest) => Promise<PublishedFigureTable>;
