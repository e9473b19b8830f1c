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
let registered = false;

export function registerWorld(): void {
  if (registered) return;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = fc.features
    .map((f) => {
      const code = alpha3(f.id, f.properties.name);
      return code ? { ...f, properties: { name: code, label: f.properties.name } } : null;
    })
    // Antarctica takes a lot of room and has no diplomacy to show.
    .filter((f): f is NonNullable<typeof f> => f !== null && f.properties.name !== 'ATA');
  echarts.registerMap(MAP_NAME, { type: 'FeatureCollection', features } as never);
  registered = true;
}
