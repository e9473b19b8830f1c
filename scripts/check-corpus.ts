/** `node --import tsx scripts/check-corpus.ts DOCS.jsonl GOLD.jsonl`: prints every problem of a gold corpus, exit 1 if any. */
import { checkCorpus, readLines } from './_corpus.ts';

const [docs, gold] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dated = !process.argv.includes('--undated');
if (!docs || !gold) {
  console.error('usage: check-corpus DOCS.jsonl GOLD.jsonl [--undated]');
  process.exit(2);
}
const { problems, docs: d, events } = checkCorpus(await readLines(docs), await readLines(gold), { dated });
for (const p of problems) console.error(p);
const byType = new Map<string, number>();
for (const e of events) byType.set(e.event_type, (byType.get(e.event_type) ?? 0) + 1);
console.log(`${d.size} documents, ${events.length} events: ${[...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`);
if (problems.length) process.exitCode = 1;
