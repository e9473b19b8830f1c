/**
 * Documents stored unread are coded when their language becomes readable (`multivector recode`), on a real DuckDB
 * file: documents stored unread keep their text; a database from before texts were kept (schema 6) migrates and
 * lists its unread documents, which reading their files again codes; recoding is idempotent and leaves documents
 * in languages still unread alone.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import { InputError } from '../../src/errors.ts';
import { ingest } from '../../src/ingest/index.ts';
import { recode, recodeLanguages } from '../../src/ingest/recode.ts';
import { Db } from '../../src/store/duckdb/_db.ts';
import { contentHash } from '../../src/store/ids.ts';
import { openStore, type Store } from '../../src/store/store.ts';

const RU = 'Президент Казахстана Касым-Жомарт Токаев провел переговоры с Председателем КНР Си Цзиньпином в Астане.';
const KK = 'Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада Қытай Төрағасы Си Цзиньпинмен келіссөздер жүргізді.';
const DE = 'Präsident Tokajew führte in Astana Gespräche mit dem chinesischen Staatschef Xi Jinping.';

let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), 'mv-recode-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

/** Stores a document as a multivector that did not read its language stored it: no events, its text kept. */
async function storeUnread(store: Store, id: string, lang: string, text: string): Promise<void> {
  await store.putDocuments([{
    doc: { id, title: null, url: null, date: '2024-05-11', lang, content_hash: contentHash(text), source: `${id}.txt`, unread_text: text },
    events: [],
  }]);
}

const coded = async (store: Store, doc: string) => (await store.queryEvents({ doc })).map((e) => `${e.event_type} ${e.actor.join('+')}>${e.recipient.join('+')}`);

describe('recode', () => {
  it('codes the documents stored unread in a language read now; a second run finds nothing; others are left alone', async () => {
    const store = await openStore({ path: join(dir, 'recode.duckdb') });
    try {
      await storeUnread(store, 'talks-ru', 'ru', RU);
      await storeUnread(store, 'talks-kk', 'kk', KK);
      await storeUnread(store, 'talks-de', 'de', DE);
      assert.deepEqual(await coded(store, 'talks-ru'), []);
      // the hashes of unread documents are marked, so reading the same text again codes it
      assert.equal((await store.documentHashes(['talks-ru'])).get('talks-ru'), `unread:${contentHash(RU)}`);

      const onlyRu = await recode({ store, coder: createCoder(), langs: ['ru'] });
      assert.deepEqual(onlyRu.recoded, { ru: 1 });
      assert.ok((await coded(store, 'talks-ru')).some((e) => e.startsWith('CONSULT') && e.includes('KAZ') && e.includes('CHN')), 'the Russian talks are coded');
      assert.deepEqual(await coded(store, 'talks-kk'), [], '--lang ru leaves the Kazakh document');

      const rest = await recode({ store, coder: createCoder() });
      assert.deepEqual(rest.recoded, { kk: 1 });
      assert.ok(rest.events >= 1);
      assert.deepEqual(await coded(store, 'talks-de'), [], 'German is still unread');
      assert.equal((await store.unreadDocuments({ limit: 10 })).map((d) => d.id).join(), 'talks-de');

      const again = await recode({ store, coder: createCoder() });
      assert.deepEqual(again, { recoded: {}, events: 0, withoutText: 0, withoutTextDocs: [], problems: 0 });
      assert.equal((await store.documentHashes(['talks-ru'])).get('talks-ru'), contentHash(RU));
      assert.deepEqual(await store.checkIntegrity(), []);
    } finally {
      await store.close();
    }
  });

  it('a language the coder cannot read is refused, naming the field', () => {
    assert.throws(() => recodeLanguages(['de']), (e: unknown) => e instanceof InputError && e.where.field === 'lang');
    assert.deepEqual(recodeLanguages(['ru']), ['ru']);
  });

  it('pages through many unread documents in batches (every one recoded, none twice)', async () => {
    const store = await openStore({ path: join(dir, 'pages.duckdb') });
    try {
      for (let i = 0; i < 23; i++) await storeUnread(store, `d${String(i).padStart(2, '0')}`, 'ru', RU.replace('Астане', i % 2 ? 'Алматы' : 'Астане') + ` (${i})`);
      const r = await recode({ store, coder: createCoder(), batchSize: 5 });
      assert.deepEqual(r.recoded, { ru: 23 });
      assert.equal((await store.unreadDocuments({ limit: 100 })).length, 0);
      assert.equal((await store.stats()).documents, 23);
    } finally {
      await store.close();
    }
  });

  it('ingest: a German document is stored unread with its text; read again, it is not coded again', async () => {
    const file = join(dir, 'talks-de.txt');
    writeFileSync(file, `Date: 2024-05-11\n${DE}\n`);
    const store = await openStore({ path: join(dir, 'ingest.duckdb') });
    try {
      await ingest([file], { store, coder: createCoder() });
      const [doc] = await store.unreadDocuments({ limit: 10 });
      assert.equal(doc?.lang, 'de');
      assert.match(doc?.text ?? '', /Astana/);
      // read again, still unread: unchanged
      const p = await ingest([file], { store, coder: createCoder() });
      assert.equal(p.unchanged, 1);
    } finally {
      await store.close();
    }
  });

  it('a schema 6 database: its Russian documents with no events migrate as unread, are listed, and ingesting the file again codes them', async () => {
    const path = join(dir, 'v6.duckdb');
    const file = join(dir, 'talks-ru.txt');
    writeFileSync(file, `Date: 2024-05-11\n${RU}\n`);
    let store = await openStore({ path });
    const first = await ingest([file], { store, coder: createCoder() });
    assert.equal(first.added, 1);
    const id = (await store.queryEvents({}))[0]!.doc;
    await store.close();
    // What an English-only multivector of schema 6 left: the document, no events, no text.
    const db = await Db.open(path);
    await db.run(`DELETE FROM event_party`);
    await db.run(`DELETE FROM events`);
    await db.run(`UPDATE documents SET n_events = 0`);
    for (const c of ['unread', 'unread_text']) await db.run(`ALTER TABLE documents DROP COLUMN ${c}`);
    for (const q of ['ALTER TABLE events DROP COLUMN source', 'ALTER TABLE event_party DROP COLUMN doc', 'ALTER TABLE event_party DROP COLUMN source']) await db.run(q);
    await db.run('DELETE FROM schema_version WHERE version >= 7');
    db.close();
    store = await openStore({ path });
    try {
      const r = await recode({ store, coder: createCoder() });
      assert.equal(r.withoutText, 1);
      assert.deepEqual(r.withoutTextDocs.map((d) => d.id), [id]);
      assert.deepEqual(await coded(store, id), []);
      const again = await ingest([file], { store, coder: createCoder() });
      assert.equal(again.replaced, 1, 'the unchanged file is coded again, its language being readable now');
      assert.ok((await coded(store, id)).some((e) => e.startsWith('CONSULT')));
      assert.equal((await recode({ store, coder: createCoder() })).withoutText, 0);
      assert.deepEqual(await store.checkIntegrity(), []);
    } finally {
      await store.close();
    }
  });
});
