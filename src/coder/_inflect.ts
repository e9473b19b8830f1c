/** English verb inflection for the trigger lexicon: base → {3sg, past, participle, gerund}. */

export type Form = 'base' | 's' | 'past' | 'pp' | 'ing';

const IRREGULAR: Record<string, [past: string, pp: string]> = {
  meet: ['met', 'met'], hold: ['held', 'held'], give: ['gave', 'given'], make: ['made', 'made'],
  send: ['sent', 'sent'], take: ['took', 'taken'], lead: ['led', 'led'], fight: ['fought', 'fought'],
  buy: ['bought', 'bought'], sell: ['sold', 'sold'], strike: ['struck', 'struck'], shoot: ['shot', 'shot'],
  spend: ['spent', 'spent'], speak: ['spoke', 'spoken'], tell: ['told', 'told'], say: ['said', 'said'],
  withdraw: ['withdrew', 'withdrawn'], draw: ['drew', 'drawn'], break: ['broke', 'broken'], fly: ['flew', 'flown'],
  go: ['went', 'gone'], come: ['came', 'come'], begin: ['began', 'begun'], forbid: ['forbade', 'forbidden'],
  undertake: ['undertook', 'undertaken'], write: ['wrote', 'written'], drive: ['drove', 'driven'],
  seek: ['sought', 'sought'], bring: ['brought', 'brought'], beat: ['beat', 'beaten'], blow: ['blew', 'blown'],
  choose: ['chose', 'chosen'], freeze: ['froze', 'frozen'], keep: ['kept', 'kept'], leave: ['left', 'left'],
  pay: ['paid', 'paid'], put: ['put', 'put'], set: ['set', 'set'], shut: ['shut', 'shut'], cut: ['cut', 'cut'],
  hit: ['hit', 'hit'], let: ['let', 'let'], quit: ['quit', 'quit'], bid: ['bid', 'bid'], spread: ['spread', 'spread'],
  run: ['ran', 'run'], win: ['won', 'won'], lose: ['lost', 'lost'], hear: ['heard', 'heard'], stand: ['stood', 'stood'],
  throw: ['threw', 'thrown'], sign: ['signed', 'signed'], overthrow: ['overthrew', 'overthrown'], lay: ['laid', 'laid'],
  forgive: ['forgave', 'forgiven'], arise: ['arose', 'arisen'], mislead: ['misled', 'misled'], steal: ['stole', 'stolen'],
  sit: ['sat', 'sat'], shake: ['shook', 'shaken'], rise: ['rose', 'risen'], find: ['found', 'found'],
  bind: ['bound', 'bound'], slay: ['slew', 'slain'], swear: ['swore', 'sworn'], tear: ['tore', 'torn'],
  wage: ['waged', 'waged'], be: ['was', 'been'], have: ['had', 'had'], do: ['did', 'done'], get: ['got', 'got'],
  see: ['saw', 'seen'], know: ['knew', 'known'], think: ['thought', 'thought'], feel: ['felt', 'felt'],
  build: ['built', 'built'], deal: ['dealt', 'dealt'], lend: ['lent', 'lent'], grind: ['ground', 'ground'],
  outlaw: ['outlawed', 'outlawed'], become: ['became', 'become'], grow: ['grew', 'grown'], fall: ['fell', 'fallen'],
  overtake: ['overtook', 'overtaken'], hang: ['hung', 'hung'], flee: ['fled', 'fled'], shed: ['shed', 'shed'], undergo: ['underwent', 'undergone'], oversee: ['oversaw', 'overseen'],
};
// two-syllable verbs stressed on the last syllable double their final consonant
const DOUBLE = new Set(['commit', 'admit', 'submit', 'regret', 'transfer', 'refer', 'prefer', 'occur', 'compel',
  'expel', 'propel', 'control', 'patrol', 'rebel', 'equip', 'acquit', 'permit', 'omit', 'embed', 'confer',
  'defer', 'deter', 'remit', 'repel', 'dispel', 'annul', 'abet', 'outstrip', 'kidnap', 'worship', 'format']);

const VOWEL = /[aeiou]/;

function doubles(v: string): boolean {
  if (DOUBLE.has(v)) return true;
  const m = /^[^aeiou]*[aeiou][^aeiouwxy]$/.exec(v);
  return m !== null && !/[aeiou]{2}/.test(v);
}

export function inflect(base: string): Record<Form, string[]> {
  const v = base;
  let s: string;
  if (/(s|x|z|ch|sh|o)$/.test(v)) s = v + 'es';
  else if (/[^aeiou]y$/.test(v)) s = v.slice(0, -1) + 'ies';
  else s = v + 's';
  let ed: string;
  let ing: string;
  if (v.endsWith('ee')) {
    ed = v + 'd';
    ing = v + 'ing';
  } else if (v.endsWith('e')) {
    ed = v + 'd';
    ing = v.endsWith('ie') ? v.slice(0, -2) + 'ying' : v.slice(0, -1) + 'ing';
  } else if (/[^aeiou]y$/.test(v)) {
    ed = v.slice(0, -1) + 'ied';
    ing = v + 'ing';
  } else if (doubles(v) && VOWEL.test(v)) {
    ed = v + v.at(-1) + 'ed';
    ing = v + v.at(-1) + 'ing';
  } else {
    ed = v + 'ed';
    ing = v + 'ing';
  }
  const irr = IRREGULAR[v];
  if (v === 'be') return { base: ['be', 'am', 'are'], s: ['is'], past: ['was', 'were'], pp: ['been'], ing: ['being'] };
  if (v === 'have') return { base: ['have'], s: ['has'], past: ['had'], pp: ['had'], ing: ['having'] };
  // British spelling doubles a final l after one vowel: cancelled, travelled, signalled
  if (!irr && /[^aeiou][aeiou]l$/.test(v) && !ed.endsWith('lled')) {
    return { base: [v], s: [s], past: [ed, v + 'led'], pp: [ed, v + 'led'], ing: [ing, v + 'ling'] };
  }
  return { base: [v], s: [s], past: [irr ? irr[0] : ed], pp: [irr ? irr[1] : ed], ing: [ing] };
}
