import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { collect, tree } from './read-helpers.ts';

test('txt: id from file name, Date line taken and removed, CRLF and BOM normalised', async () => {
  const dir = await tree({ 'kz-2024-0412.txt': '\uFEFFDate: 2024-04-12\r\n\r\nTokayev met Lavrov in Astana on Monday.\r\nThey discussed trade.\r\n' });
  const file = join(dir, 'kz-2024-0412.txt');
  const { docs, problems } = await collect([file]);
  assert.deepEqual(problems, []);
  assert.deepEqual(docs, [{
    id: 'kz-2024-0412', text: 'Tokayev met Lavrov in Astana on Monday.\nThey discussed trade.', date: '2024-04-12',
    // the language is detected from the text
    title: null, url: null, lang: 'en', source: { file }, meta: {},
  }]);
});

const DATES: { name: string; content: string; option?: string; date: string | null; text: string }[] = [
  { name: 'no date at all', content: 'Text only.', date: null, text: 'Text only.' },
  { name: '--date fallback', content: 'Text only.', option: '2024-01-05', date: '2024-01-05', text: 'Text only.' },
  { name: 'Date line wins over --date', content: 'date: 2023-12-31\nText.', option: '2024-01-05', date: '2023-12-31', text: 'Text.' },
  { name: 'Date line after blank lines', content: '\n\nDate: 2024-02-29\nLeap day text.', date: '2024-02-29', text: 'Leap day text.' },
  { name: 'Date later in the text is prose', content: 'Intro.\nDate: 2024-02-01\n', date: null, text: 'Intro.\nDate: 2024-02-01' },
];
for (const c of DATES) {
  test(`txt date: ${c.name}`, async () => {
    const dir = await tree({ 'doc.txt': c.content });
    const { docs, problems } = await collect([join(dir, 'doc.txt')], { date: c.option });
    assert.deepEqual(problems, []);
    assert.equal(docs[0]?.date, c.date);
    assert.equal(docs[0]?.text, c.text);
  });
}

test('txt problems: bad Date line (line and field), empty file; other files still read', async () => {
  const dir = await tree({
    'a-bad-date.txt': '\nDate: 2024-13-01\nText.',
    'b-empty.text': '  \n\n',
    'c-good.txt': 'Fine.',
    'd-only-date.md': 'Date: 2024-01-01\n',
  });
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(docs.map((d) => d.id), ['c-good']);
  assert.deepEqual(problems.map((p) => [p.where.file, p.where.line, p.where.field]), [
    [join(dir, 'a-bad-date.txt'), 2, 'date'],
    [join(dir, 'b-empty.text'), undefined, 'text'],
    [join(dir, 'd-only-date.md'), undefined, 'text'],
  ]);
});

test('a bad --date is a single problem and nothing is read', async () => {
  const dir = await tree({ 'a.txt': 'Text.' });
  const { docs, problems } = await collect([dir], { date: '2024-02-30' });
  assert.equal(docs.length, 0);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.where.field, 'date');
});

const MARKDOWN: { name: string; md: string; text: string; title?: string | null }[] = [
  { name: 'first H1 becomes the title', md: '# Tokayev visits Rome\n\nHe arrived on Monday.', title: 'Tokayev visits Rome', text: 'He arrived on Monday.' },
  { name: 'later headings stay as lines without #', md: '# T\n\n## Background ##\nText.', title: 'T', text: 'Background\nText.' },
  { name: 'setext title', md: 'Big News\n========\n\nBody.', title: 'Big News', text: 'Body.' },
  { name: 'soft-wrapped lines join into one paragraph', md: 'Kazakhstan and China\nsigned a deal.\n\nSecond paragraph.', text: 'Kazakhstan and China signed a deal.\nSecond paragraph.' },
  { name: 'emphasis markers removed, snake_case kept', md: 'A **bold** and __strong__, *em* and _it_ and ~~old~~ in my_var_name, 2 * 3 * 4.', text: 'A bold and strong, em and it and old in my_var_name, 2 * 3 * 4.' },
  { name: 'links keep their text, images go', md: 'See [the ministry](https://mfa.kz/a_(b) "t") and [ref][1]. ![map](map.png)\n\n[1]: https://x.y', text: 'See the ministry and ref.' },
  { name: 'code fences and inline code', md: 'Before.\n\n```js\nconst x = 1;\n```\n\nRun `make` now.', text: 'Before.\nRun make now.' },
  { name: 'HTML comments and tags', md: 'Visible <!-- hidden\nacross lines --> text <span class="x">kept</span>.', text: 'Visible text kept.' },
  { name: 'list bullets, each item a line', md: 'Agenda:\n\n- trade\n* energy\n+ transport\n1. first\n2) second\n   continued', text: 'Agenda:\ntrade\nenergy\ntransport\nfirst\nsecond continued' },
  { name: 'blockquotes, rules, tables, entities', md: '> Quoted &amp; said.\n\n---\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\nAT&amp;T&nbsp;deal.', text: 'Quoted & said.\na b\n1 2\nAT&T deal.' },
];
for (const c of MARKDOWN) {
  test(`markdown: ${c.name}`, async () => {
    const dir = await tree({ 'note.md': c.md });
    const { docs, problems } = await collect([join(dir, 'note.md')]);
    assert.deepEqual(problems, []);
    assert.equal(docs[0]?.id, 'note');
    assert.equal(docs[0]?.text, c.text);
    assert.equal(docs[0]?.title, c.title ?? null);
  });
}

test('markdown front matter: date, title, other keys as meta; duplicate H1 dropped', async () => {
  const md = '---\ntitle: "Visit to Rome"\ndate: 2024-06-13T09:00:00Z\nurl: https://ex.org/rome\nauthor: Desk\n---\n# Visit to Rome\n\nTokayev arrived.\n';
  const dir = await tree({ 'rome.markdown': md });
  const { docs } = await collect([join(dir, 'rome.markdown')], { date: '2000-01-01' });
  assert.deepEqual(docs.map(({ source: _s, ...d }) => d), [{
    id: 'rome', text: 'Tokayev arrived.', date: '2024-06-13', title: 'Visit to Rome', url: 'https://ex.org/rome', lang: null,
    meta: { author: 'Desk' },
  }]);
});

test('markdown: Date line after front matter, and a bad front matter date names its line', async () => {
  const dir = await tree({
    'a.md': '---\nauthor: x\n---\nDate: 2024-03-08\n\nText.',
    'b.md': '---\nauthor: x\ndate: someday\n---\nText.',
  });
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(docs.map((d) => [d.id, d.date, d.text]), [['a', '2024-03-08', 'Text.']]);
  assert.deepEqual(problems.map((p) => [p.where.line, p.where.field]), [[3, 'date']]);
});
