import { createRequire } from 'node:module';
import type { TextDirection } from '@crc/i18n';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { TopLevelSpec } from 'vega-lite';
import { baseConfig, chartText, PALETTE } from './chart-style';
import { renderSvg } from './render-svg';

/** ISO 3166-1 numeric code of Iraq, the id of its shape in Natural Earth's countries. */
const IRAQ = '368';

let iraqOutline: Feature<Geometry> | undefined;

/**
 * Iraq's outline from Natural Earth's 1:50m Admin 0 countries (public domain), as
 * redistributed by the npm package world-atlas (ISC). Read once.
 */
function iraq(): Feature<Geometry> {
  if (iraqOutline) return iraqOutline;
  type World = Parameters<typeof feature>[0];
  const world = createRequire(import.meta.url)('world-atlas/countries-50m.json') as World;
  const countries = feature(world, world.objects['countries']!) as unknown as { features: Feature<Geometry>[] };
  const found = countries.features.find((candidate) => String(candidate.id) === IRAQ);
  if (!found) throw new Error('world-atlas has no shape for Iraq (id 368)');
  iraqOutline = found;
  return found;
}

export interface MapPoint {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly value: number;
  /** The value as the viewer reads it. */
  readonly text: string;
}

/**
 * Iraq with a proportional circle at the centre of each governorate where the figure is
 * not zero (area proportional to the value), named, and labelled with its value. No
 * governorate boundaries: none could be shipped under an open licence from npm, so the
 * platform's own centroids carry the figures.
 */
export function governorateMap(
  points: readonly MapPoint[],
  options: { readonly direction: TextDirection; readonly width?: number },
): Promise<string> {
  const width = options.width ?? 460;
  const shown = points.filter((point) => point.value > 0);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height: Math.round(width * 0.95),
    projection: { type: 'mercator' },
    layer: [
      {
        data: { values: [iraq()] },
        mark: { type: 'geoshape', fill: '#eef2f6', stroke: '#7f8c99', strokeWidth: 1 },
      },
      {
        data: { values: shown.map((point) => ({ ...point })) },
        mark: { type: 'circle', color: PALETTE[0], opacity: 0.7, stroke: 'white', strokeWidth: 1 },
        encoding: {
          longitude: { field: 'lon', type: 'quantitative' },
          latitude: { field: 'lat', type: 'quantitative' },
          size: {
            field: 'value',
            type: 'quantitative',
            legend: null,
            scale: { type: 'sqrt', zero: true, range: [0, 900] },
          },
        },
      },
      {
        data: {
          values: shown.map((point) => ({
            ...point,
            label: chartText(`${point.name} (${point.text})`, options.direction),
          })),
        },
        mark: { type: 'text', dy: -14, fontSize: 11, color: '#1f2d3a' },
        encoding: {
          longitude: { field: 'lon', type: 'quantitative' },
          latitude: { field: 'lat', type: 'quantitative' },
          text: { field: 'label' },
        },
      },
    ],
    config: baseConfig(options.direction),
  };
  return renderSvg(spec);
}
