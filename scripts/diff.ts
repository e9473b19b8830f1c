/** Developer aid: per document, gold events next to predicted ones (only documents that differ). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCoder } from '../src/coder/index.ts';
import type { Doc, Event } from '../src/model/event.ts';

const dir = resolve(process.argv[2] ?? '../shared/corpus/plover-gsr-dev');
const read = <T>(f: string): T[] => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const docs = read<Doc>('docs.jsonl');
const gold = read<Event>('gold.jsonl');
const coder = createCoder();
const brief = (e: Event): string => `${e.event_type}${e.mode ? '/' + e.mode : ''} ${[...e.actor].sort().join('+')} -> ${[...e.recipient].sort().join('+')} ${e.date ?? ''}${e.value ? ' ' + e.value.amount + e.value.currency : ''}`;
for (const d of docs) {
  const g = gold.filter((e) => e.doc === d.id).map(brief);
  const p = coder.code(d).map(brief);
  const key = (xs: string[]): string => xs.map((x) => x.split(' ').slice(0, 3).join(' ')).sort().join('|');
  if (key(g) === key(p)) continue;
  console.log(`\n# ${d.id}: ${d.text.length > 400 ? '' : d.text}`);
  console.log('  gold: ' + g.join('\n        '));
  console.log('  pred: ' + p.join('\n        '));
}
