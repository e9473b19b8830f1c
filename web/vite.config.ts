/**
 * Builds the dashboard into web/dist, which `multivector serve` serves. Everything is bundled (ECharts, the
 * world map, the country table), so the dashboard works offline and needs no CDN.
 * `npx vite --config web/vite.config.ts` serves it in development, proxying /api to a running server
 * (MULTIVECTOR_API, default http://127.0.0.1:8080).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca3: string;
  ccn3: string;
  name: { common: string };
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  latlng: [number, number];
}

/**
 * `virtual:countries`: the few fields of world-countries the dashboard needs (the package itself is 1.4 MB).
 * Kosovo has no ISO numeric code; world-atlas leaves it without an id too, so it is matched by name.
 */
function countries(): Plugin {
  const id = 'virtual:countries';
  return {
    name: 'multivector-countries',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(resolved) {
      if (resolved !== '\0' + id) return null;
      const file = require.resolve('world-countries/countries.json');
      const all = JSON.parse(readFileSync(file, 'utf8')) as WorldCountry[];
      const rows = all.map((c) => {
        const code = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
        return [code, c.ccn3, c.name.common, c.demonyms?.eng?.m ?? '', c.capital?.[0] ?? ''];
      });
      return `export default ${JSON.stringify(rows)};`;
    },
  };
}

/**
 * `virtual:aliases`: code -> names that stand for it in a sentence (office-holders and organisations from
 * data/lexicon), so the dashboard can highlight the actor in an event's evidence sentence.
 */
function aliases(): Plugin {
  const id = 'virtual:aliases';
  const lexicon = (f: string) => fileURLToPath(new URL(`../data/lexicon/${f}`, import.meta.url));
  return {
    name: 'multivector-aliases',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(resolved) {
      if (resolved !== '\0' + id) return null;
      const out: Record<string, Set<string>> = {};
      const add = (code: string, names: string[]) => {
        const set = (out[code] ??= new Set());
        for (const n of names) if (n.length > 2) set.add(n);
      };
      const people = JSON.parse(readFileSync(lexicon('people.json'), 'utf8')) as { people: Array<{ code: string; aliases: string[] }> };
      for (const p of people.people) add(p.code, p.aliases);
      const igos = JSON.parse(readFileSync(lexicon('igos.json'), 'utf8')) as { organisations: Array<{ code: string; names: string[]; parts?: string[] }> };
      for (const o of igos.organisations) add(o.code, [...o.names, ...(o.parts ?? [])]);
      const plain = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
      return `export default ${JSON.stringify(plain)};`;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [countries(), aliases()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': process.env.MULTIVECTOR_API ?? 'http://127.0.0.1:8080' },
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
