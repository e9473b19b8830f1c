/**
 * The world map: world-atlas's 110m countries (TopoJSON, bundled) turned into GeoJSON with topojson-client,
 * each feature named by its ISO alpha-3 code so ECharts map data can be keyed by the codes the API uses.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import { echarts } from './charts.ts';
import { alpha3 } from './countries.ts';

export const MAP_NAME = 'world';

type Ring = number[][];

/**
 * Rings that cross the antimeridian (Russia's Chukotka, Fiji) would be drawn as a band across the whole
 * map: their western points are moved east of 180° and clipped there.
 */
function unwrap(ring: Ring): Ring {
  const crosses = ring.some((p) => p[0]! > 170) && ring.some((p) => p[0]! < -170);
  return crosses ? ring.map(([x, y]) => [x! < 0 ? 180 : x!, y!]) : ring;
}

function fixGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrap) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((poly) => poly.map(unwrap)) };
  return g;
}
let registered = false;

export function registerWorld(): void {
  if (registered) return;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = fc.features
    .map((f) => {
      const code = alpha3(f.id, f.properties.name);
      return code ? { ...f, geometry: fixGeometry(f.geometry), properties: { name: code, label: f.properties.name } } : null;
    })
    // Antarctica takes a lot of room and has no diplomacy to show.
    .filter((f): f is NonNullable<typeof f> => f !== null && f.properties.name !== 'ATA');
  echarts.registerMap(MAP_NAME, { type: 'FeatureCollection', features } as never);
  registered = true;
}
