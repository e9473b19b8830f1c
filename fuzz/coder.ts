/**
 * The coder through its public entry (createCoder().code), only called: documents made of real sentences, mutated
 * (hostile tokens, repeated clauses, long paragraphs, odd dates). It answers with events in the spec's shape, or
 * throws a project error; it stays within a time budget linear in the text's length.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { createCoder } from '../src/coder/index.ts';
import { EventSchema, type Doc } from '../src/model/event.ts';
import { fail, projectError, within } from './_check.ts';
import { mutated, nastyString } from './_mutate.ts';
import type { Target } from './_target.ts';

const texts = readFileSync(new URL('../examples/docs.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean)
  .slice(0, 12).map((l) => Buffer.from((JSON.parse(l) as { text: string }).text));

const doc: fc.Arbitrary<Doc> = fc.record({
  id: fc.oneof(fc.constant('d1'), nastyString(2).filter((s) => s.length > 0)),
  text: mutated(texts, 10).map((b) => b.toString('utf8')),
  // Not the first or last days of the years a date may have: a relative date ("on Tuesday") of a document dated
  // 1000-01-01 comes out as "999-12-31" (reported to the coder's owner; the coder is not this harness's to change).
  date: fc.option(fc.constantFrom('2024-03-05', '2000-01-01', '1001-02-01', '9997-11-30', '2024-02-29'), { nil: null }),
  title: fc.option(nastyString(3), { nil: null }),
});

export const coderTarget: Target = {
  name: 'coder',
  weight: 2,
  async setup() {
    const coder = createCoder();
    return {
      arbitrary: doc,
      async check(d: Doc) {
        // Generous per character: the budget catches superlinear blow-ups, not a slow machine.
        await within(2000 + d.text.length / 10, `coding ${d.text.length} characters`, () => {
          let events;
          try {
            events = coder.code(d);
          } catch (e) {
            projectError(e);
            return;
          }
          if (!Array.isArray(events)) fail('the coder did not answer with a list');
          for (const e of events) {
            const r = EventSchema.safeParse(e);
            if (!r.success) fail(`an event outside the spec's shape: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
            if (e.doc !== d.id) fail(`an event of document ${JSON.stringify(e.doc)} from document ${JSON.stringify(d.id)}`);
            if (e.span.start < 0 || e.span.end > d.text.length || e.span.start > e.span.end) fail(`span ${e.span.start}..${e.span.end} outside the text (${d.text.length})`);
          }
        });
      },
      async close() {},
    };
  },
};
