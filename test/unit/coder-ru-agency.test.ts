/**
 * The Russian pack on constructions of agency copy (issue 13, from the misses of probe-ru4): names in their case
 * forms, notes and disparaging words, aid told by its decision or arrival, gatherings and their stages, topics that
 * are no place. Sentences are written for this test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RussianCoder } from '../../src/coder/ru/coder.ts';

const coder = new RussianCoder();
const brief = (text: string, date = '2021-03-15'): string[] =>
  coder.code({ id: 'd', text, date, lang: 'ru' }).map((e) => `${e.event_type}${e.mode ? '/' + e.mode : ''} ${[...e.actor].sort().join('+')}->${[...e.recipient].sort().join('+')}`);

const run = (title: string, table: [string, string, string[]][]): void => {
  describe(title, () => {
    for (const [what, text, want] of table) it(what, () => assert.deepEqual(brief(text).sort(), [...want].sort()));
  });
};

run('Russian coder: names in their case forms', [
  ['an East Asian name declines only its last word',
    'Президент Казахстана провел переговоры с Президентом Республики Корея Мун Чжэ Ином в Сеуле.', ['CONSULT/visit KAZ->KOR']],
  ['a head of state of earlier years, as subject',
    'Жээнбеков поблагодарил Токаева за поддержку.', ['SUPPORT KGZ->KAZ']],
  ['the Turkic Council under its earlier name is the organisation it became',
    'В Баку прошел саммит Совета сотрудничества тюркоязычных государств.', ['CONSULT/multilateral AZE+OTS->']],
  ['a region of a state stands for the state',
    'В Казани министр иностранных дел Казахстана встретился с Президентом Татарстана.', ['CONSULT/visit KAZ->RUS']],
]);
