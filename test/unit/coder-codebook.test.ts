/**
 * The trigger lexicon against the codebook: every mode the coder gives is one the PLOVER manual or its CAMEO→PLOVER
 * table names (so the conflict–cooperation score of its mode applies, and coded events sort with imported ones), and
 * every type and mode of the CAMEO→PLOVER table has at least one trigger, but for the few listed with the reason.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TRIGGERS } from '../../src/coder/triggers.ts';
import { cameoPloverRows } from '../../src/model/cameo.ts';
import { ploverScoreRows } from '../../src/model/plover.ts';
import { createCoder } from '../../src/coder/index.ts';

const codebook = new Set([...ploverScoreRows().map((r) => `${r.type}:${r.mode}`), ...cameoPloverRows().map((r) => `${r.type}:${r.mode ?? ''}`)]);
/** type:mode pairs of the CAMEO table the coder leaves to a neighbour, and why */
const LEFT: Record<string, string> = {
  'THREATEN:ban': 'threats to ban parties are coded as THREATEN:restrict, the codebook mode for restrictions',
  'THREATEN:political': 'threats of restrictions on political freedoms are THREATEN:restrict too',
  'ASSAULT:seize': 'seizing property is COERCE:seize, the manual\'s own mode for it',
  'RETREAT:ease': 'sanctions eased are a CONCEDE (the codebook: easing of restrictions); the table itself notes that "ease" is no longer a mode',
  'PROTEST:': 'a protest is always coded with the mode of its form (demo, riot, strike, hunger, boycott, obstruct)',
  'MOBILIZE:': 'a mobilisation is always coded with what is mobilised (troops, weapons, police, militia)',
  'SANCTION:': 'a sanction is always coded with its kind (discontinue, expel, withdraw, convict)',
};

describe('trigger lexicon against the codebook', () => {
  it('every trigger mode is a codebook mode', () => {
    const off = TRIGGERS.filter((d) => d.m && !codebook.has(`${d.t}:${d.m}`)).map((d) => `${d.t}:${d.m} (${d.p})`);
    assert.deepEqual(off, []);
  });
  it('every type and mode of the CAMEO→PLOVER table has a trigger, or a reason it has none', () => {
    const have = new Set(TRIGGERS.map((d) => `${d.t}:${d.m ?? ''}`));
    const missing = [...new Set(cameoPloverRows().map((r) => `${r.type}:${r.mode ?? ''}`))].filter((k) => !have.has(k) && !(k in LEFT));
    assert.deepEqual(missing, []);
  });
  it('the reasons list nothing the lexicon now covers', () => {
    const have = new Set(TRIGGERS.map((d) => `${d.t}:${d.m ?? ''}`));
    assert.deepEqual(Object.keys(LEFT).filter((k) => have.has(k)), []);
  });
  // the modes coded events carry, as the codebook names them (table-driven: sentence, type, mode)
  const rows: [string, string, string][] = [
    ['Thousands of Georgians rallied in Tbilisi on Monday outside the Russian embassy.', 'PROTEST', 'demo'],
    ['Opposition activists in Bishkek began a hunger strike on Friday to protest the arrests.', 'PROTEST', 'hunger'],
    ['Police in Almaty detained ten activists on Sunday.', 'COERCE', 'arrest'],
    ['Dockworkers in Aktau staged a strike on Monday over unpaid wages.', 'PROTEST', 'strike'],
    ['Prisoners in Almaty declared a hunger strike on Tuesday.', 'PROTEST', 'hunger'],
  ];
  const coder = createCoder();
  for (const [text, type, mode] of rows) {
    it(`${type}:${mode} — ${text}`, () => {
      const evs = coder.code({ id: 't', text, date: '2024-05-06' }).filter((e) => e.event_type === type);
      assert.ok(evs.length > 0, 'no event of the type');
      assert.equal(evs[0]!.mode, mode);
    });
  }
});
