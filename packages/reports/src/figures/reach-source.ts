import type { PublishedFigureTable } from './published-figure-table';

/** A reach dimension as the gateway names it. */
export type ReachDimensionName =
  'SEX' | 'AGE_BRACKET' | 'POPULATION_GROUP' | 'DISABILITY_STATUS' | 'AREA' | 'SERVICE_TYPE' | 'SECTOR';

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
