/**
 * The document readers (src/read) over real files of every format — text, Markdown, HTML, JSON Lines, JSON,
 * RSS and Atom — mutated: reading never throws, every bad document is an InputError naming its file (and its
 * line in line-based formats), every document read is well-formed Unicode with a real date or none.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isInputError } from '../src/errors.ts';
import { illFormedField } from '../src/model/wellformed.ts';
import { readDocuments } from '../src/read/index.ts';
import { isoDate } from '../src/read/_date.ts';
import { fail, noEngineText, projectError, within } from './_check.ts';
import { mutated, nastyString } from './_mutate.ts';
import type { Target } from './_target.ts';

const EXAMPLES = readFileSync(new URL('../examples/docs.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).slice(0, 3);
const SAMPLES: Record<string, string> = {
  '.txt': 'Date: 2024-03-05\nTitle: Tokayev in Beijing\n\nPresident Kassym-Jomart Tokayev met Xi Jinping in Beijing on Monday.\n\nThe two sides signed a loan agreement worth $500 million.\n',
  '.md': '---\ntitle: Astana talks\ndate: 2024-04-02\nurl: https://example.org/a\n---\n# Astana talks\n\nLavrov visited Astana for talks with *Kazakh* officials.\n\n- [link](https://example.org)\n',
  '.html': '<!doctype html><html><head><meta charset="utf-8"><title>Visit</title><meta property="article:published_time" content="2024-01-10T08:00:00Z"></head>' +
    '<body><nav>menu</nav><article><h1>Visit</h1><p>President Tokayev arrived in Beijing on a state visit.</p><p>China and Kazakhstan signed deals.</p></article></body></html>',
  '.jsonl': `${EXAMPLES.join('\n')}\n`,
  '.json': JSON.stringify([{ id: 'a', date: '2024-02-01', title: 'A', text: 'Kazakhstan and Uzbekistan agreed to build a railway.' }, { id: 'b', text: 'Japan sent aid to Turkey.' }]),
  '.rss': '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Talks</title><link>https://example.org/1</link><pubDate>Fri, 12 Apr 2024 10:00:00 +0300</pubDate>' +
    '<description><![CDATA[<p>Turkey and Azerbaijan held talks in Baku.</p>]]></description><guid>w1</guid></item><item><title>Aid</title><description>Japan sent aid to Kyrgyzstan.</description></item></channel></rss>',
  '.atom': '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><id>tag:x,2024:1</id><title>Summit</title><updated>2024-05-01T00:00:00Z</updated>' +
    '<content type="html">&lt;p&gt;Leaders met at the SCO summit in Astana.&lt;/p&gt;</content></entry></feed>',
};
const EXTENSIONS = [...Object.keys(SAMPLES), '.xml', '.htm', '.ndjson', '.text'];
const samples = Object.values(SAMPLES).map((s) => Buffer.from(s));

interface Input { ext: string; bytes: Buffer; date: string | undefined }

export const readTarget: Target = {
  name: 'read',
  weight: 3,
  async setup(tmp) {
    let n = 0;
    return {
      arbitrary: fc.record({
        ext: fc.constantFrom(...EXTENSIONS),
        bytes: mutated(samples, 8),
        date: fc.option(fc.oneof(fc.constantFrom('2024-03-05', '2024-02-30', '0999-01-01', 'yesterday', ''), nastyString(2)), { nil: undefined }),
      }),
      async check({ ext, bytes, date }: Input) {
        const file = join(tmp, `doc-${n++}${ext}`);
        writeFileSync(file, bytes);
        const lineBased = ext === '.jsonl' || ext === '.ndjson';
        await within(5000, `reading ${bytes.length} bytes as ${ext}`, async () => {
          try {
            for await (const item of readDocuments([file], date === undefined ? {} : { date })) {
              if (item.kind === 'problem') {
                if (!isInputError(item.error)) fail(`a problem that is not an InputError: ${String(item.error)}`);
                // The --date option's problem names the option; every other names its file, and in a line-based file
                // its line (a whole-file problem, binary or not UTF-8, may not).
                const option = item.error.where.field === 'date' && !item.error.where.file;
                const needs: Array<'file' | 'line'> = option ? [] : ['file'];
                if (!option && lineBased && !/binary file|UTF-8|cannot read/.test(item.error.message)) needs.push('line');
                projectError(item.error, needs);
                continue;
              }
              const { source: _s, ...doc } = item.doc;
              if (!doc.id || typeof doc.id !== 'string') fail(`a document without an id: ${JSON.stringify(doc).slice(0, 200)}`);
              if (typeof doc.text !== 'string' || !doc.text.trim()) fail(`document ${doc.id} without text`);
              const bad = illFormedField(doc);
              if (bad) fail(`document ${doc.id}: ${bad} holds a lone surrogate`);
              if (doc.date != null && isoDate(doc.date) !== doc.date) fail(`document ${doc.id}: date ${JSON.stringify(doc.date)} is not a real YYYY-MM-DD date`);
              noEngineText(`document ${doc.id}`, doc.id);
            }
          } catch (e) {
            if (e instanceof Error && e.name === 'Violation') throw e;
            fail(`readDocuments threw (bad input must become a problem item): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          } finally {
            rmSync(file, { force: true });
          }
        });
      },
      async close() {},
    };
  },
};
