/**
 * Coder throughput: sentences per second on one core over a generated corpus of ≥100,000 sentences,
 * next to wink-nlp's own readDoc pass (sentences, tokens, part of speech) over the same file in the
 * same run. Each pass runs in its own child process so its peak memory (max RSS) is its own; the coder
 * runs at two corpus sizes to show memory does not grow with input (it streams).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { createCoder } from '../src/coder/index.ts';
import { splitSentences } from '../src/coder/_text.ts';
import { ruSentences } from '../src/coder/ru/_sentences.ts';
import { readDocuments } from '../src/read/index.ts';

const root = resolve(import.meta.dirname, '..');

/** Writes `sentences` sentences as JSONL documents of ~10 sentences, varied from the example corpus. */
export async function generateCorpus(file: string, sentences: number): Promise<void> {
  const seeds = readFileSync(join(root, 'examples/docs.jsonl'), 'utf8').split('\n').filter(Boolean)
    .flatMap((l) => splitSentences((JSON.parse(l) as { text: string }).text).map((s) => s.text));
  const swaps: [RegExp, string[]][] = [
    [/\bKazakhstan\b/g, ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Mongolia', 'Azerbaijan']],
    [/\bChina\b/g, ['China', 'India', 'Japan', 'Brazil', 'Turkey']],
    [/\bRussia\b/g, ['Russia', 'Germany', 'France', 'Italy', 'Qatar']],
    [/\bTuesday\b/g, ['Tuesday', 'Monday', 'Friday', 'Sunday']],
  ];
  const out = createWriteStream(file);
  let n = 0;
  let doc = 0;
  while (n < sentences) {
    const parts: string[] = [];
    for (let k = 0; k < 10 && n < sentences; k++, n++) {
      let s = seeds[(n * 7919) % seeds.length]!;
      for (const [re, alts] of swaps) s = s.replace(re, alts[(n + doc) % alts.length]!);
      parts.push(s);
    }
    const month = String((doc % 12) + 1).padStart(2, '0');
    const line = JSON.stringify({ id: `bench-${doc}`, date: `20${23 + (doc % 3)}-${month}-15`, text: parts.join(' ') }) + '\n';
    if (!out.write(line)) await once(out, 'drain');
    doc++;
  }
  out.end();
  await once(out, 'finish');
}

/** Writes `sentences` Russian sentences as JSONL documents of ~10 sentences, from the open Russian examples. */
export async function generateRussianCorpus(file: string, sentences: number): Promise<void> {
  const seeds = readFileSync(join(root, 'examples/ru/docs.jsonl'), 'utf8').split('\n').filter(Boolean)
    .flatMap((l) => ruSentences((JSON.parse(l) as { text: string }).text).map((s) => s.text));
  const out = createWriteStream(file);
  let n = 0;
  let doc = 0;
  while (n < sentences) {
    const parts: string[] = [];
    for (let k = 0; k < 10 && n < sentences; k++, n++) parts.push(seeds[(n * 7919) % seeds.length]!);
    const month = String((doc % 12) + 1).padStart(2, '0');
    const line = JSON.stringify({ id: `bench-ru-${doc}`, date: `20${23 + (doc % 3)}-${month}-15`, lang: 'ru', text: parts.join(' ') }) + '\n';
    if (!out.write(line)) await once(out, 'drain');
    doc++;
  }
  out.end();
  await once(out, 'finish');
}

interface PassResult { sentences: number; events: number; tokens: number; seconds: number; maxRssMb: number; liveHeapMb?: number }

/** the heap that survives a full collection: what the pass retains, which peak RSS (sized loosely by V8) only bounds */
function liveHeapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

async function coderPass(file: string, russian = false): Promise<PassResult> {
  const coder = createCoder();
  // the Russian pack loads its dictionaries on first use: load them before the clock starts, as the English lexicon is
  if (russian) coder.code({ id: 'warm', text: 'Токаев встретился с Путиным.', lang: 'ru' });
  let sentences = 0, events = 0;
  const t0 = process.hrtime.bigint();
  let docs = 0, paused = 0n, live = 0;
  for await (const item of readDocuments([file])) {
    if (item.kind !== 'doc') continue;
    sentences += (russian ? ruSentences(item.doc.text) : splitSentences(item.doc.text)).length;
    events += coder.code(item.doc).length;
    // sample the retained heap now and then, outside the timed span
    if (++docs % 2000 === 0) { const p0 = process.hrtime.bigint(); live = Math.max(live, liveHeapMb()); paused += process.hrtime.bigint() - p0; }
  }
  const seconds = Number(process.hrtime.bigint() - t0 - paused) / 1e9;
  live = Math.max(live, liveHeapMb());
  return { sentences, events, tokens: 0, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, liveHeapMb: live };
}

async function winkPass(file: string): Promise<PassResult> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  let sentences = 0, tokens = 0;
  const t0 = process.hrtime.bigint();
  for await (const item of readDocuments([file])) {
    if (item.kind !== 'doc') continue;
    const doc = nlp.readDoc(item.doc.text);
    sentences += doc.sentences().length();
    tokens += (doc.tokens().out(its.pos) as string[]).length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { sentences, events: 0, tokens, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function child(kind: 'coder' | 'coder-ru' | 'wink', file: string): PassResult {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench/coder.ts'), '--child', kind, file],
    { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as PassResult;
}

/** A single paragraph of n and of 4n sentences from the example corpus, each coded three times (median). */
function paragraphScaling(n: number): { n: number; small: number; large: number } {
  const seeds = readFileSync(join(root, 'examples/docs.jsonl'), 'utf8').split('\n').filter(Boolean)
    .flatMap((l) => splitSentences((JSON.parse(l) as { text: string }).text).map((s) => s.text.replace(/\n/g, ' ')));
  const coder = createCoder();
  const time = (k: number): number => {
    const text = Array.from({ length: k }, (_, i) => seeds[(i * 7919) % seeds.length]!).join(' ');
    const runs = [0, 1, 2].map(() => { const t0 = performance.now(); coder.code({ id: 'p', text, date: '2025-06-01' }); return performance.now() - t0; });
    return runs.sort((a, b) => a - b)[1]!;
  };
  time(200);
  return { n, small: time(n), large: time(4 * n) };
}

export async function benchCoder(sentences = 100_000): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-coder-'));
  const small = join(dir, 'corpus.jsonl');
  const large = join(dir, 'corpus-2x.jsonl');
  await generateCorpus(small, sentences);
  await generateCorpus(large, sentences * 2);
  const ru = join(dir, 'corpus-ru.jsonl');
  await generateRussianCorpus(ru, Math.round(sentences / 5));
  const wink = child('wink', small);
  const russian = child('coder-ru', ru);
  const coder = child('coder', small);
  const coder2 = child('coder', large);
  const rate = (r: PassResult): number => r.sentences / r.seconds;
  const para = paragraphScaling(2000);
  const mb = (f: string): string => (statSync(f).size / 1e6).toFixed(1);
  return [
    `coder bench: ${coder.sentences.toLocaleString('en')} sentences (${mb(small)} MB JSONL), one core`,
    `  wink-nlp readDoc (sentences, tokens, POS): ${Math.round(rate(wink)).toLocaleString('en')} sentences/s  (${wink.tokens.toLocaleString('en')} tokens, ${wink.seconds.toFixed(2)} s, peak RSS ${wink.maxRssMb.toFixed(0)} MB)`,
    `  multivector coder:                         ${Math.round(rate(coder)).toLocaleString('en')} sentences/s  (${coder.events.toLocaleString('en')} events, ${coder.seconds.toFixed(2)} s, peak RSS ${coder.maxRssMb.toFixed(0)} MB)`,
    `  coder / wink-nlp pass: ${(rate(coder) / rate(wink) * 100).toFixed(0)}%   (targets: ≥10,000 sentences/s and ≥50%)`,
    `  Russian coder (${russian.sentences.toLocaleString('en')} sentences from examples/ru): ${Math.round(rate(russian)).toLocaleString('en')} sentences/s = ${(rate(russian) / rate(coder) * 100).toFixed(0)}% of the English rate (target ≥30%; ${russian.events.toLocaleString('en')} events, peak RSS ${russian.maxRssMb.toFixed(0)} MB)`,
    `  one paragraph of ${para.n.toLocaleString('en')} vs ${(4 * para.n).toLocaleString('en')} sentences: ${para.small.toFixed(0)} ms vs ${para.large.toFixed(0)} ms = ${(para.large / para.small).toFixed(2)}× for 4× the text (target < 5×: linear)`,
    `  coder at 2× input (${coder2.sentences.toLocaleString('en')} sentences): ${Math.round(rate(coder2)).toLocaleString('en')} sentences/s, peak RSS ${coder2.maxRssMb.toFixed(0)} MB (vs ${coder.maxRssMb.toFixed(0)} MB; target < 300 MB)`,
    `  live heap after a full collection, sampled through the pass: max ${(coder2.liveHeapMb ?? NaN).toFixed(1)} MB at 2× vs ${(coder.liveHeapMb ?? NaN).toFixed(1)} MB at 1× (${(coder2.liveHeapMb ?? 0) / (coder.liveHeapMb ?? 1) < 1.15 ? 'constant' : 'GROWS'}: target ratio < 1.15)`,
  ];
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  const r = argv[1] === 'wink' ? await winkPass(argv[2]!) : await coderPass(argv[2]!, argv[1] === 'coder-ru');
  console.log(JSON.stringify(r));
} else if (process.argv[1]?.endsWith('coder.ts')) {
  for (const line of await benchCoder(Number(argv[0] ?? 100_000))) console.log(line);
}
