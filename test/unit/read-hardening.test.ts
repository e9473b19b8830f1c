/**
 * One bad input never stops the others: pages without a root element, a UTF-16 declaration on UTF-8 bytes,
 * markup nested thousands deep (in a page and in a feed item), lone surrogates, money beyond int64 and a
 * far-future period are each reported for their own document or request, and the rest goes on.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import { InputError } from '../../src/errors.ts';
import { ingest } from '../../src/ingest/index.ts';
import { openStore } from '../../src/store/store.ts';
import { collect, tempDir, tree } from './read-helpers.ts';
import { problemOf, startServer } from './server-helpers.ts';

const SENTENCE = 'Kazakhstan and China signed a trade agreement in Astana.';
const nested = (depth: number, inner: string) => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rss = (...items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items.map((d, i) =>
    `\n<item><guid>i${i + 1}</guid><title>Item ${i + 1}</title><description>${escapeXml(d)}</description></item>`).join('')}</channel></rss>`;

describe('pages and feeds that used to end the run', () => {
  const pages: Array<[string, string, string]> = [
    ['a page with no root element (bare text)', 'bare.html', SENTENCE],
    ['a page with no root element (a fragment)', 'fragment.html', `<p>${SENTENCE}</p>`],
    ['a UTF-8 page declaring <meta charset="utf-16">', 'utf16.html', `<html><head><meta charset="utf-16"><title>T</title></head><body><p>${SENTENCE}</p></body></html>`],
    ['a page nested 20,000 elements deep', 'deep.html', `<html><head><title>Deep</title></head><body>${nested(20_000, SENTENCE)}<nav>Menu</nav></body></html>`],
  ];
  for (const [name, file, content] of pages) {
    it(`reads ${name}, and the next file still`, async () => {
      const root = await tree({ [file]: content, 'z-next.txt': 'Russia and China met in Moscow.' });
      const r = await collect([join(root, file), join(root, 'z-next.txt')]);
      assert.deepEqual(r.problems.map((p) => p.describe()), []);
      assert.deepEqual(r.docs.map((d) => d.text), [SENTENCE, 'Russia and China met in Moscow.']);
    });
  }

  it('reads a feed item whose markup is nested 20,000 deep, and the items after it', async () => {
    const root = await tree({ 'deep.rss': rss(nested(20_000, SENTENCE), '<p>Russia and China met.</p>') });
    const r = await collect([join(root, 'deep.rss')]);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.docs.map((d) => d.text), [`Item 1\n${SENTENCE}`, 'Item 2\nRussia and China met.']);
  });

  it('reads an Atom entry whose XHTML content is nested 20,000 elements deep, and the entries after it', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><id>a</id><title>Deep</title><content type="xhtml">${nested(20_000, SENTENCE)}</content></entry>
<entry><id>b</id><title>Next</title><summary type="html">&lt;p&gt;Russia &amp;amp; China met.&lt;/p&gt;</summary></entry></feed>`;
    const root = await tree({ 'deep.atom': atom });
    const r = await collect([join(root, 'deep.atom')]);
    assert.deepEqual(r.problems.map((p) => p.describe()), []);
    assert.deepEqual(r.docs.map((d) => [d.id, d.text]), [['a', `Deep\n${SENTENCE}`], ['b', 'Next\nRussia & China met.']]);
  });
});

describe('heads the format sniffer used to freeze on (found by npm run fuzz)', () => {
  // Many XML declarations, then unclosed ones: the sniffer's one regular expression backtracked exponentially
  // (18 of each took 66 ms, each one more doubled it); a scan reads them once.
  const pis = '<?xml version="1.0" encoding="utf-8"?>'.repeat(40) + '<?xml version="1.0" encon="1.0"'.repeat(40);
  const cases: Array<[string, string]> = [['a .rss file', 'wire.rss'], ['a .txt file', 'wire.txt'], ['a file of unknown type', 'wire.dat']];
  for (const [what, file] of cases) {
    it(`${what} of 40 declarations and 40 unclosed ones is read, and the next file still`, { timeout: 60_000 }, async () => {
      const root = await tree({ [file]: pis, 'z-next.txt': 'Russia and China met in Moscow.' });
      const r = await collect([join(root, file), join(root, 'z-next.txt')]);
      assert.deepEqual(r.docs.map((d) => d.text).slice(-1), ['Russia and China met in Moscow.']);
      for (const p of r.problems) assert.equal(p.where.file, join(root, file));
    });
  }
});

describe('lone surrogates are a problem of their own document, named by line and field', () => {
  it('in an id, a note, a title; the other documents go on', async () => {
    const lines = [
      String.raw`{"id":"a\udc00","text":"One."}`,
      String.raw`{"id":"ok1","text":"Two."}`,
      String.raw`{"id":"n","text":"Three.","note":"x\ud800"}`,
      String.raw`{"id":"t","text":"Four.","title":"\udfff"}`,
      String.raw`{"id":"pair","text":"Five \ud83d\ude00."}`,
    ];
    const root = await tree({ 'docs.jsonl': lines.join('\n') });
    const r = await collect([join(root, 'docs.jsonl')]);
    assert.deepEqual(r.order, ['problem:1:id', 'ok1', 'problem:3:note', 'problem:4:title', 'pair']);
    for (const p of r.problems) assert.equal(p.where.file, join(root, 'docs.jsonl'));
  });
});

describe('ingest: a money amount beyond int64 is its document\'s problem', () => {
  it('reports file, line and field "value"; stores the other documents', async () => {
    const dir = await tempDir();
    const file = join(dir, 'money.jsonl');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, [
      { id: 'big', date: '2024-03-05', text: 'Kazakhstan and China signed an agreement worth 99999999999999999999999 dollars.' },
      { id: 'fine', date: '2024-03-05', text: 'Kazakhstan and China signed an agreement worth 500 million dollars.' },
    ].map((d) => JSON.stringify(d)).join('\n'));
    const store = await openStore({ path: join(dir, 'm.duckdb') });
    try {
      const problems: InputError[] = [];
      const p = await ingest([file], { store, coder: createCoder(), onProblem: (e) => problems.push(e) });
      assert.deepEqual(problems.map((e) => [e.where.file, e.where.line, e.where.field]), [[file, 1, 'value']]);
      assert.equal(p.added, 1);
      assert.deepEqual((await store.queryEvents({})).map((e) => e.doc), ['fine']);
    } finally {
      await store.close();
    }
  });
});

describe('a far-future period is a clear input error, not a server error', () => {
  it('CLI/store: InputError naming the field', async () => {
    const dir = await tempDir();
    const store = await openStore({ path: join(dir, 'p.duckdb') });
    try {
      for (const [filter, field] of [[{ to: '9999' }, 'to'], [{ from: '0999' }, 'from'], [{ to: '9999-12-31' }, 'to']] as const) {
        await assert.rejects(store.countEvents(filter), (e: unknown) => e instanceof InputError && e.where.field === field && /years run from 1000 to 9998/.test(e.message));
      }
      assert.equal(await store.countEvents({ from: '1000', to: '9998-12-31' }), 0);
    } finally {
      await store.close();
    }
  });

  it('API: 400 problem for to=9999 on events and measures', async () => {
    const s = await startServer();
    try {
      for (const path of ['/api/events?to=9999', '/api/measures/balance?focal=KAZ&to=9999']) {
        const p = await problemOf(await fetch(`${s.base}${path}`), 400);
        assert.match(p.detail, /9999/);
      }
    } finally {
      await s.close();
    }
  });
});
