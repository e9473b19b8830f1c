/**
 * The language of an event's evidence, shown as a small tag beside the sentence ("ru"), so a reader knows the
 * sentence is quoted as written. English, the dashboard's own language, goes untagged; an unknown one too.
 */
import { h } from './dom.ts';

const NAMES: Record<string, string> = { ru: 'Russian', kk: 'Kazakh', en: 'English' };

/** The tag for an evidence sentence in `lang`, or null (English or unknown). */
export function evidenceLang(lang: string | null | undefined): HTMLElement | null {
  if (!lang || lang === 'en') return null;
  return h('span', { class: 'evidence-lang', lang: 'en', 'data-lang': lang, title: `evidence in ${NAMES[lang] ?? lang}, as written` }, lang);
}
