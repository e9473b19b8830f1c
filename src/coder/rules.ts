/**
 * The rule-based coder: gazetteer for actors, trigger lexicon for actions, and a shallow clause
 * analysis (subject on the left, object on the right, passives, reported speech, modality) for
 * direction. Deterministic and offline; no model to load.
 */
import type { Coder } from './coder.ts';
import { VISA_TALK, visaParties } from './_visa.ts';
import { IGO_CODES, type CodedEvent, type Doc, type EventType } from '../model/event.ts';
import { splitSentences, tokenize, type Sentence, type Token } from './_text.ts';
import { blankDatelines, datelineLength } from './_dateline.ts';
import { findTriggers, type Hit } from './_match.ts';
import { type DateMention, findDates, parseRef, relativeAnchor, shiftDay } from './dates.ts';
import { findMoney } from './money.ts';
import { contextFor, topicsOf } from './context.ts';
import type { Gazetteer } from './lexicon/gazetteer.ts';
import type { Entry } from './lexicon/types.ts';
import * as WordSets from './_words.ts';
import { HOME_OFFICES, NAME_TITLE, OFFICES, PORTFOLIO, REFERRING_OFFICES, STATE_OFFICES, TITLE_MODIFIERS } from './_titles.ts';
import { detaineeState } from './_detainee.ts';
import { gatherAttendance } from './_attendance.ts';
import { readMediation } from './_mediation.ts';

// a plain object, not the module namespace: its properties are read on every token, and a namespace read goes
// through an accessor under the TypeScript loader
const Wd = { ...WordSets };

const IGO = new Set<string>(IGO_CODES);
const COOP_TYPES = new Set<EventType>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
const PLACE_KINDS = new Set(['capital', 'city', 'country', 'seat']);

interface Mention {
  start: number;
  end: number;
  code: string;
  kind: Entry['kind'] | 'pronoun' | 'focus' | 'pair' | 'local' | 'member' | 'orgref' | 'officeref' | 'docref' | 'headref' | 'titleref' | 'other';
  /** the preposition governing it, if inside a prepositional phrase */
  prep: string | null;
}

/** One sentence as the rules read it: its lower-cased words and the parties named in it (spans in word indices). */
export interface SentenceReading {
  index: number;
  start: number;
  end: number;
  text: string;
  words: string[];
  /** the types of the lexicon's triggers found in it: the rules weighed those events there, whether or not they coded one */
  cues: EventType[];
  parties: { code: string; kind: string; prep: string | null; start: number; end: number }[];
}

interface Candidate {
  hit: Hit;
  type: EventType;
  mode: string | null;
  cameo: string | null;
  actor: string[];
  recipient: string[];
  location: string | null;
  future: boolean;
  split: 'actor' | 'recipient' | 'mutual' | null;
  /** a passive with no agent ("a roadmap was signed"): who acted comes from the discourse */
  agentless?: boolean;
  /** a call named as the channel of another act ("in a telephone call"): its parties are that act's */
  background?: boolean;
  /** under way as the story is written ("is on a working visit"): dated by the document */
  now?: boolean;
  /** aimed at the doers of a joint act just reported, the speaker's own side among them ("called the signing a milestone") */
  jointAct?: boolean;
}

interface DocState {
  ref: Date | null;
  /** the types of the lexicon's triggers found in each sentence, whether or not they became events */
  cues?: Map<number, EventType[]>;
  focus: string | null;
  lastActor: string[];
  /** every party of the last event reported, for "the two presidents" */
  lastParties: string[];
  /** the paragraph's sentences so far, whose date an undated event may inherit (dated lazily: dates are costly) */
  prev: { text: string; attrib: number; tokens: Token[]; date?: string | null }[];
  /** how many of `prev` have been dated, and the last month- or day-precise date among them: carried dates are
   * found in one forward pass, so a long paragraph costs linear time */
  dated: number;
  lastDated: string | null;
  /** some sentence of the paragraph so far speaks of sanctions (kept as sentences arrive, not searched again) */
  sanctionsTalk?: boolean;
  /** the document's current meeting, visit or call: generic subjects ("the sides") and agentless passives
   * ("a roadmap was signed") take its parties, undated sentences its date */
  /** the happening later sentences continue; orgs: the organisations that hold it (kept apart from the parties) */
  current: { parties: string[]; date: string | null; location: string | null; sentence?: number; orgs?: string[]; mode?: string | null; hosts?: string[] } | null;
  /** the state of the dateline's place ("BAKU –"): where unnamed police and courts act */
  home?: string | null;
  /** the state whose ministry was named last ("Tajikistan's foreign ministry"), for "the ministry" */
  lastMinistry?: string | null;
  /** who issued the document named last ("a European Parliament resolution", "Russia's statement"), for "The resolution …" */
  lastDocAuthor?: string | null;
  /** the organisation named last, for "the bloc", "the organisation" */
  lastIgo?: string | null;
  /** the last day a happening was dated to by its own sentence, for "a day earlier", "the same day" */
  lastDay?: string | null;
  /** the party sets of the last meetings, for "the five leaders" */
  history: string[][];
  /** events whose sentence gave no date of its own (dated from context) */
  undated: WeakSet<CodedEvent>;
  /** the states of the people named so far, most recent last (distinct, a few), for "the two presidents" */
  people: string[];
  /** the state of the person last named under each title ("Secretary of State Michael Pompeo" → secretary: USA) */
  titles?: Map<string, string>;
  /** the state of the person named last, for "he" and "she" */
  lastPerson?: string | null;
  /** the state named last as where something happens ("in southern Türkiye") */
  lastPlace?: string | null;
  /** the state a disaster in the story struck ("after the earthquakes in Türkiye"), where help "to the disaster zone" goes */
  stricken?: string | null;
  /** every state the document names (its places, people, adjectives) */
  docStates?: string[];
  /** whom the last attack struck, when its attacker was not named */
  lastDeedOn?: string[];
  /** who carried out the last attack told, or was accused of it ("condemned Israel's strikes on Iran") */
  lastAttacker?: string[];
  /** who imposed the last measure (a ban, sanctions) and on whom, for "a second ban came into force" that names neither */
  lastMeasure?: { actor: string[]; recipient: string[] };
  /** the state of the person the last sentence opened with as its subject: "He" in the next one */
  lastSubject?: string | null;
  /** who did the last deed reported (an attack, a sanction, a move), for "condemned the attack", "denounced the move" */
  lastDeed?: string[];
  /** the states on either side of the last fighting reported, for "urged restraint" */
  lastFight?: string[];
  /** who carried out the last attack reported, for "opened a case over the attack" */
  lastFightBy?: string[];
  /** the recipients of the last act of each type, for "X also sent congratulations", "Y did likewise" */
  lastTarget?: Map<EventType, string[]>;
  /** an attack has been reported: later agentless casualty counts tally it */
  fought?: boolean;
  /** the state of the first person who is a sentence's subject: whose president "the Head of State" is */
  firstSubject?: string;
  /** who did the last act reported, deed or agreement, for "welcomed the agreement" */
  lastAct?: string[];
  /** the last two states named together ("Armenia and Azerbaijan", "between Kabul and Islamabad"), for "the two
   * neighbours" when the happening's own parties cannot be meant */
  lastPairNamed?: string[];
}

export class RuleCoder implements Coder {
  readonly name = 'rules';
  constructor(private readonly gaz: Gazetteer) {}

  code(doc: Doc): CodedEvent[] {
    return this.read(doc).events;
  }

  /**
   * The events of a document and what each sentence was read as: its words and the parties it names. Later stages
   * (the learnt fallback, src/coder/learnt) read the sentences the rules found no event in.
   */
  read(doc: Doc): { events: CodedEvent[]; sentences: () => SentenceReading[] } {
    // "ASHGABAT, October 11 – … was held today", published on the 12th: a story that says "today" speaks as of its
    // dateline's day (weekdays named in it may be an update's, told as of publication: left to the publication date)
    if (/\b(?:today|tonight)\b/i.test(doc.text) && !/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(doc.text)) {
      doc = { ...doc, date: datelineDay(doc.text, doc.date ?? null) ?? doc.date ?? null };
    }
    // a dateline is not a sentence: blanked (same length) before splitting, so evidence offsets stay true
    const sentences = splitSentences(blankDatelines(doc.text));
    const st: DocState = { ref: parseRef(doc.date ?? null), focus: null, lastActor: [], lastParties: [], prev: [], dated: 0, lastDated: null, current: null, history: [], people: [], undated: new WeakSet() };
    // "Charles Michel … Michel said": a person named in full is known by the surname for the rest of the document
    const surnames = new Map<string, Entry[]>();
    st.home = this.datelinePlace(doc.text);
    const parsed = sentences.map((s) => {
      const tokens = tokenize(s.text);
      return { s, tokens, mentions: this.mentions(tokens, st.ref, surnames, st.home ?? null) };
    });
    st.focus = focusOf(parsed.map((p) => p.mentions));
    st.stricken = strickenOf(parsed);
    st.docStates = uniq(parsed.flatMap((p) => p.mentions).filter((m) => m.code && !IGO.has(m.code) && !GENERIC.has(m.code) && m.kind !== 'pronoun').map((m) => m.code));
    let out: CodedEvent[] = [];
    const seen = new Set<string>();
    const reported = new Set<string>();
    const valued = new Set<string>();
    let heldBack: CodedEvent[] = [];
    let prevPara = -2;
    let para = -1;
    let nextBreak = doc.text.indexOf('\n');
    for (const { s, tokens, mentions } of parsed) {
      // a paragraph break resets the carried-over date; the paragraph is found incrementally, not by scanning back
      while (nextBreak !== -1 && nextBreak < s.start) { para = nextBreak; nextBreak = doc.text.indexOf('\n', nextBreak + 1); }
      if (para !== prevPara) { st.prev = []; st.dated = 0; st.lastDated = null; st.sanctionsTalk = false; prevPara = para; }
      const events = this.codeSentence(doc, s, tokens, mentions, st);
      // an arrest, sentence, release or deportation that found no one but the acting state takes the detainees'
      // state when this sentence or the next tells their nationality ("…detained two men. Both are Russian citizens.")
      const held = detaineeState(tokens, mentions);
      const own = events.filter(ownCustody);
      if (held) for (const e of [...heldBack, ...own]) if (!e.actor.includes(held)) e.recipient = [held];
      heldBack = held ? [] : own;
      // "Presidents A, B and C attended, along with …": those said to attend the gathering being reported, with no other
      // act coded, are more of its parties
      // (the gathering is the happening being reported, or the last event told when it is one)
      // (looked up only for a sentence that tells attendance: the look back over the events told must not run per sentence)
      const last = out.at(-1);
      const told = events.length > 0 || !attendsBack(tokens) ? undefined : last?.event_type === 'CONSULT' && last.mode === 'multilateral' ? last :
        st.current?.mode === 'multilateral' ? out.findLast((e) => e.event_type === 'CONSULT' && e.mode === 'multilateral' && st.current!.parties.every((c) => e.actor.includes(c))) : undefined;
      if (told) {
        const more = uniq(mentions.filter((m) => m.code && PARTY_KINDS.has(m.kind) && (m.prep === null || m.prep === 'with') && !IGO.has(m.code)).map((m) => m.code))
          .filter((c) => !told.actor.includes(c));
        if (more.length) {
          told.actor = uniq([...told.actor, ...more]);
          const parties = told.actor.filter((c) => !IGO.has(c));
          st.current = { parties, date: told.date, location: told.location, sentence: s.index, mode: 'multilateral', hosts: [], orgs: told.actor.filter((c) => IGO.has(c)) };
        }
      }
      // (where the story's happenings take place: "rescue teams are working in southern Türkiye")
      const place = mentions.findLast((m) => m.code && (m.prep === 'in' || m.prep === 'at') && PLACE_KINDS.has(m.kind) && !IGO.has(m.code));
      if (place) st.lastPlace = place.code;
      const igo = mentions.findLast((m) => m.kind === 'igo');
      if (igo) st.lastIgo = igo.code;
      const pairNamed = namedPair(tokens, mentions);
      if (pairNamed) st.lastPairNamed = pairNamed;
      const ministry = mentions.findLast((m) => m.code && !IGO.has(m.code) && ministryAfter(tokens, m.end));
      if (ministry) st.lastMinistry = ministry.code;
      const author = mentions.findLast((m) => m.code && m.kind !== 'pronoun' && m.kind !== 'docref' && docAfter(tokens, m.end));
      if (author) st.lastDocAuthor = author.code;
      const person = mentions.findLast((m) => m.kind === 'person');
      if (person) st.lastPerson = person.code;
      // (a name in an opening phrase, "During talks with Putin, Tokayev…", is no subject: the first person with no preposition)
      const subject = mentions.find((m) => m.kind === 'person' && m.prep === null && m.code);
      st.lastSubject = subject ? subject.code : null;
      if (subject && st.firstSubject === undefined) st.firstSubject = subject.code;
      for (const m of mentions) {
        if (m.kind !== 'person' || !m.code) continue;
        const title = titleBefore(tokens, m);
        if (title) (st.titles ??= new Map()).set(title, m.code);
        const k = st.people.indexOf(m.code);
        if (k >= 0) st.people.splice(k, 1);
        st.people.push(m.code);
        if (st.people.length > 8) st.people.shift();
      }
      for (const e of events) {
        const who = `${e.event_type}|${e.mode}|${[...e.actor].sort()}|${[...e.recipient].sort()}`;
        // (a meeting that names whom it was with is told apart by them: mergeMeetings decides whether it is a new one)
        const met = MET.get(e);
        const whom = met ? `|${[...met.values()].flat().map((n) => n.join(' ')).sort().join(',')}` : '';
        const key = ALSO.test(e.text) ? `${who}|${e.date}|${e.sentence}${whom}` : `${who}|${e.date}${whom}`;
        // (a deal with a sum of its own after an act of the same parties without one, "the council adopted a programme …
        // Agreements worth $7 billion were signed", is a second act: its money is not dropped as a restatement)
        const newSum = e.value !== null && reported.has(who) && !valued.has(who);
        if (seen.has(key) && !newSum) continue;
        // "a court had extended the ban" after "a district court on December 26 extended a ban": an undated
        // restatement of an act already reported is that act, not a second one
        // ("also signed", "another agreement": a new act of the same parties, not a restatement)
        if (st.undated.has(e) && e.event_type !== 'CONSULT' && reported.has(who) && !ALSO.test(e.text) && !newSum) continue;
        seen.add(key);
        reported.add(who);
        if (e.value) valued.add(who);
        out.push(e);
      }
    }
    // "the summit of the SCO in the Kazakh capital": a member state that hosts its organisation's gathering, named as a
    // state, is one of the states named (rule 4); a city alone names a venue ("the G7 summit in Houston")
    for (const e of out) {
      if (e.event_type !== 'CONSULT' || e.mode !== 'multilateral' || !e.location || e.actor.includes(e.location) || IGO.has(e.location)) continue;
      // (sentences are numbered by their position: looked up, not searched, so the pass stays linear)
      const here = parsed[e.sentence];
      // (the state named, or "the Kazakh capital"; a capital's own name is a venue, as any city's)
      if (!here?.mentions.some((m) => m.code === e.location && (m.kind === 'country' || m.kind === 'adjective' ||
          (m.kind === 'city' && here.tokens[m.end]?.l === 'capital')))) continue;
      const day = e.date && e.date.length === 10 ? e.date : doc.date ?? null;
      if (e.actor.some((o) => IGO.has(o) && this.gaz.membersOn(this.gaz.members.get(o) ?? [], day).includes(e.location!))) e.actor = [...e.actor, e.location];
    }
    // (who came to a gathering is told across the document: its attendance is read once every sentence is coded)
    const read = parsed.map((p) => ({ index: p.s.index, tokens: p.tokens, mentions: p.mentions }));
    out = gatherAttendance(read, out, (c) => IGO.has(c));
    // (a format's guarantors, once named, are who holds its rounds and who "the guarantors" of later sentences are)
    readMediation(read, out, (c) => IGO.has(c));
    // "ASTANA – … Earlier the two presidents held talks": talks of two states with no place of their own, in a story
    // datelined in one of them, were held there: the other side visited (not beside a gathering the story reports)
    if (st.home && !out.some((e) => e.event_type === 'CONSULT' && e.mode === 'multilateral')) {
      const home = st.home;
      // (for each other state, the meetings that say how it met the home side: counted once, so the pass stays linear;
      // the talks turned into visits below keep both sides, so the counts hold through the loop)
      const told = new Map<string, number>();
      for (const o of out) {
        if (o.event_type !== 'CONSULT') continue;
        const withHome = o.actor.includes(home) || o.recipient.includes(home);
        if (o.mode === null && !withHome) continue;
        for (const x of uniq([...o.actor, ...o.recipient])) if (x !== home) told.set(x, (told.get(x) ?? 0) + 1);
      }
      for (const e of out) {
        // (a resident envoy received, "received the credentials of the new ambassadors", came from no visit)
        if (e.event_type !== 'CONSULT' || e.mode !== null || e.location !== null || APART.test(e.text) || RESIDENT.test(e.text)) continue;
        const sides = uniq([...e.actor, ...e.recipient]);
        if (sides.length !== 2 || !sides.includes(st.home) || sides.some((x) => IGO.has(x) || GENERIC.has(x))) continue;
        // (a visit or call of the other side told elsewhere in the story says how they met, and another meeting of the two
        // says where: the talks are part of it)
        // (e itself is one of the meetings counted for the other side)
        if ((told.get(sides.find((x) => x !== home)!) ?? 0) > 1) continue;
        e.mode = 'visit';
        e.actor = sides.filter((x) => x !== home);
        e.recipient = [home];
        e.location = home;
      }
    }
    out = mergeMeetings(out).filter((e) => !selfDirected(e));
    // (built only when asked for: most documents give events, and their readers never look at the sentences)
    const cues = st.cues;
    const readings = (): SentenceReading[] => parsed.map(({ s, tokens, mentions }): SentenceReading => ({
      index: s.index, start: s.start, end: s.end, text: s.text, words: tokens.map((t) => t.l), cues: cues?.get(s.index) ?? [],
      parties: mentions.filter((m) => m.code).map((m) => ({ code: m.code, kind: m.kind, prep: m.prep, start: m.start, end: m.end })),
    }));
    return { events: out, sentences: readings };
  }

  /**
   * A verdict in speech: "X called the resolution biased" accuses, "X described the visit as a turning point" praises.
   * The speaker is the subject of the verb of saying or labelling; the party judged is the name nearest the verdict
   * word, else the actor of the last reported event.
   */
  private verdict(tokens: Token[], resolved: Mention[], hits: Hit[], attrib: number, st: DocState, cands: Candidate[],
    words: Set<string>, type: 'ACCUSE' | 'SUPPORT', verb: (t: Token) => boolean): void {
    // ("said the move had no grounds", "has no legal basis": a claim denied its basis is a verdict too)
    const at = tokens.findIndex((t, i) => i < attrib && (words.has(t.l) || (type === 'ACCUSE' && ((t.l === 'no' && NO_BASIS.has(tokens[i + 1]?.l ?? '')) || blameAt(tokens, i)))));
    // "dismissed the bans as interference": the dismissal is the verdict, an accusation rather than a refusal
    if (at > 0 && type === 'ACCUSE') {
      const rej = cands.find((c) => c.type === 'REJECT' && LABEL.has(tokens[c.hit.start]?.l ?? '') && c.hit.start < at &&
        tokens.slice(c.hit.end, at).some((t) => t.l === 'as'));
      if (rej) { rej.type = 'ACCUSE'; rej.mode = 'disapprove'; rej.cameo = '111'; return; }
    }
    // "called the signing a milestone": the act judged, named by its gerund after the verb of labelling, is not told again
    const labelAt = at > 0 ? lastIndexBefore(tokens, at, (t) => LABEL.has(t.l)) : -1;
    if (labelAt >= 0) {
      for (let k = cands.length - 1; k >= 0; k--) {
        const h = cands[k]!.hit;
        if (h.start > labelAt && h.end <= at && h.form === 'ing' && Wd.DETERMINER.has(tokens[h.start - 1]?.l ?? '')) cands.splice(k, 1);
      }
    }
    // (a verdict before another act of praise is its own clause: "called the signing a milestone and praised the delegations")
    if (at <= 0 || cands.some((c) => (c.type === type && (type === 'ACCUSE' || c.hit.start < at)) || (type === 'ACCUSE' && c.type === 'REJECT'))) return;
    // ("was not consistent with the allied relations": the negation is the verdict's own)
    if (tokens.slice(0, at).some((t, i) => Wd.NEGATION.has(t.l) && !(type === 'ACCUSE' && i === at - 1 && UNFIT.has(tokens[at]!.l)))) return;
    const verbAt = lastIndexBefore(tokens, at, verb);
    if (verbAt < 0 && (type === 'SUPPORT' || attrib >= tokens.length)) return;
    const spk = verbAt >= 0 ? subjectOf(verbAt, tokens, resolved, hits) : attribSpeaker(tokens, resolved, attrib);
    if (!spk.length) return;
    const about = resolved.filter((m) => m.start > verbAt && m.start < attrib && m.code && !spk.includes(m.code) && m.kind !== 'city' && m.kind !== 'local');
    // ("said Russia could end the war against Ukraine by halting its aggression": the act's owner is the clause's subject)
    const owned = POSSESSIVE_PRONOUN.has(tokens[at - 1]?.l ?? '') ? about.filter((m) => m.prep === null).sort((a, b) => a.start - b.start).slice(0, 1) : [];
    let target = owned.length ? [owned[0]!.code] : uniq(about.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at)).map((m) => m.code)).slice(0, 1);
    // "called the signing a milestone", "described the visit as a turning point": the act judged is one just reported,
    // and its doers are the ones judged (the signatories, the visitor), the speaker's own side included in a joint act
    if (!target.length && verbAt >= 0) target = praisedAct(tokens, verbAt + 1, at, spk, st) ?? [];
    // "called the protests an attempt to overthrow the government": unrest at home judged is aimed at home
    if (!target.length && type === 'ACCUSE' && verbAt >= 0 && LABEL.has(tokens[verbAt]!.l) &&
        tokens.slice(verbAt + 1, at).some((t) => HOME_UNREST.has(t.l))) target = spk.slice(0, 1);
    const joint = target.length > 1 && target.some((x) => spk.includes(x));
    if (!target.length) target = st.lastActor.filter((c) => !spk.includes(c));
    if (!target.length) return;
    const mode = type === 'ACCUSE' ? 'disapprove' : null;
    const cameo = type === 'ACCUSE' ? '111' : '051';
    cands.push({ ...wordCandidate('verdict', type, mode, cameo, at, 'noun', spk, target), jointAct: joint });
  }

  /** The state of the place a dateline names, if the document opens with one. */
  private datelinePlace(text: string): string | null {
    const n = datelineLength(text.slice(0, 200));
    if (!n) return null;
    const toks = tokenize(text.slice(0, n));
    for (let i = 0; i < toks.length; i++) {
      const m = this.gaz.matchAt(toks, i);
      const e = m?.entries.find((x) => PLACE_KINDS.has(x.kind));
      if (e) return e.code;
    }
    return null;
  }

  /** Names in a sentence, longest match first, each tagged with the preposition it sits under. */
  private mentions(tokens: Token[], ref: Date | null, surnames?: Map<string, Entry[]>, home: string | null = null): Mention[] {
    const out: Mention[] = [];
    let prep: string | null = null;
    let prevRole = false;
    let closeNext = false;
    let seenVerb = false;
    const day = ref ? dayOf(ref) : null;
    // "Meeting Nurtleu, Jaishankar commended…": the one met in an opening participle is a partner, as after "with"
    if (MEETING_ING.has(tokens[0]?.l ?? '') && tokens.some((x, k) => k > 1 && x.l === ',')) prep = 'with';
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // "In 2024 President Tokayev…": a time phrase ends at its number or time word
      if (closeNext && !Wd.PREPS.has(t.l) && t.l !== 'and' && t.l !== ',') prep = null;
      // "in mid-August", "by mid-2023": a modifier joined by a hyphen is part of the time phrase too
      const before = tokens[i - 1]?.l === '-' ? tokens[i - 2]?.l ?? '' : tokens[i - 1]?.l ?? '';
      closeNext = prep !== null && (((/^\d/.test(t.s) || TIME_WORDS.has(t.l) || timeCompound(t.l)) &&
        (Wd.PREPS.has(before) || TIME_WORDS.has(before) || TIME_MOD.has(before) ||
         // ("Earlier in the week Mirziyoyev visited…")
         (before === 'the' && TIME_WORDS.has(t.l) && Wd.PREPS.has(tokens[i - 2]?.l ?? '')))) ||
         // ("Earlier in the day Hayashi met…", "On the same day the envoy…", "Later that evening he…")
         (DAY_PART.has(t.l) && DAY_DET.has(before)));
      // "After the summit Pashinyan held…", "On the sidelines he held…", "In Astana Macron said…": an opening phrase
      // ends where a name or a subject pronoun follows its noun
      if (prep !== null && i > 1 && Wd.PREPS.has(tokens[0]?.l ?? '') && tokens[1]?.l !== 'least' && tokens[1]?.l !== 'most' && (t.cap || SUBJECT_PRONOUN.has(t.l)) &&
          // (a pronoun is never the tail of a name: "In an address from the White House he warned…")
          (SUBJECT_PRONOUN.has(t.l) || (!out.some((x) => x.end > i - 1 && x.start < i) && endsNounPhrase(tokens, i - 1, out)))) prep = null;
      let m = this.gaz.matchAt(tokens, i);
      // "ASTANA – Deputy Foreign Minister Alibek Bakayev received…": an official the lexicon does not know, opening the
      // sentence by title alone, in a story datelined at home, is of the dateline's state (and so is his surname later)
      // ("Earlier in the week Deputy Foreign Minister Nuran Niyazaliev urged…": or after an opening phrase, before any verb)
      if (!m && home && surnames && (i === 0 || (i === 1 && tokens[0]!.l === 'the') ||
          (!seenVerb && out.length === 0 && /^[a-z,]/.test(tokens[i - 1]?.s ?? '')))) {
        const k = homeOfficial(tokens, i, (j) => this.gaz.matchAt(tokens, j) !== undefined);
        if (k > i) {
          out.push({ start: i, end: k, code: home, kind: 'person', prep: null });
          surnames.set(tokens[k - 1]!.s, [{ code: home, kind: 'person' }]);
          i = k - 1;
          continue;
        }
      }
      if (m && surnames && m.end - m.start >= 2 && m.entries.every((x) => x.kind === 'person')) {
        const last = tokens[m.end - 1]!;
        if (last.cap && last.s.length > 2) surnames.set(last.s, m.entries);
        // "Yoon Suk Yeol … Yoon said", "Xi Jinping … Xi told": where the family name comes first, it is the first word
        const first = tokens[m.start]!;
        if (first.cap && first.s.length >= 2 && m.entries.some((x) => FAMILY_FIRST.has(x.code))) surnames.set(first.s, m.entries);
      } else if (!m && surnames && t.cap) {
        const known = surnames.get(t.s);
        if (known && !this.gaz.matchAt(tokens, i + 1)) m = { start: i, end: i + 1, entries: known };
      }
      const hyphen = !m ? /^([A-Z][a-z]+)-(?:led|based|ruled|controlled|administered)$/.exec(t.s) : null;
      if (hyphen) {
        // "Vietnamese-led forces", "an Almaty-based company": the state of the name acts
        const w = hyphen[1]!;
        const head = this.gaz.matchAt([{ ...t, s: w, l: w.toLowerCase(), end: t.start + w.length }], 0);
        if (head) m = { start: i, end: i + 1, entries: head.entries.map((e) => (e.kind === 'city' || e.kind === 'capital' ? { ...e, kind: 'adjective' as const } : e)) };
      }
      // "5 million US dollars", "Hong Kong dollars": a currency's country is no party
      if (m && CURRENCY_NOUN.has(tokens[m.end]?.l ?? '')) { i = m.end - 1; prevRole = false; continue; }
      if (m) {
        // "Georgian President Eduard Shevardnadze": a person who served two states takes the one his title names
        // and one the lexicon places elsewhere is taken to act for the state of his title
        const prevM = out.at(-1);
        const titled = !!prevM && prevM.kind === 'adjective' && prevM.end >= m.start - 3 && m.entries.every((x) => x.kind === 'person') &&
          tokens.slice(prevM.end, m.start).every((x) => Wd.ROLE.has(x.l) || OFFICES.has(x.l) || x.cap);
        if (titled && !m.entries.some((x) => x.code === prevM.code)) { i = m.end - 1; prevRole = false; continue; }
        const e = titled ? m.entries.find((x) => x.code === prevM.code) : pick(m.entries, ref);
        // "on the Thai border", "the Iraqi city of Basra": an adjective naming a place is a place
        const place = e && m.entries.some((x) => x.kind === 'adjective') && PLACE_NOUN.has(tokens[m.end]?.l ?? '') &&
          prep !== null && (Wd.LOCATIVE.has(prep) || prep === 'on');
        if (e?.kind === 'bloc') {
          // "the five Central Asian states": every member takes part
          for (const c of this.gaz.membersOn(e.members ?? [], day)) out.push({ start: m.start, end: m.end, code: c, kind: 'country', prep });
        } else if (e?.kind === 'igo' && this.gaz.members.has(e.code) && memberFrame(tokens, m.start, m.end)) {
          // "the leaders of the SCO", "OTS member states": the organisation and its members
          out.push({ start: m.start, end: m.end, code: e.code, kind: 'igo', prep });
          for (const c of this.gaz.membersOn(this.gaz.members.get(e.code)!, day)) out.push({ start: m.start, end: m.end, code: c, kind: 'member', prep });
        } else if (e && e.kind !== 'water') {
          // a sea or strait takes the words so that no state is read into them, but names nobody
          // "the Samara region banned…", "the Almaty akimat said": a city's or region's authorities act for their state
          const authority = e.kind === 'city' && prep === null && ADMIN.has(tokens[m.end]?.l ?? '');
          out.push({ start: m.start, end: authority ? m.end + 1 : m.end, code: e.code, kind: place ? 'city' : authority ? 'group' : e.kind, prep });
          if (authority) { i = m.end; prevRole = false; continue; }
          // "Uzbek Transport Minister Ilkhom Makhkamov": an official the lexicon does not know is known by the surname
          // for the rest of the document, as his state
          if (surnames && (e.kind === 'adjective' || e.kind === 'country')) {
            let j = m.end;
            while (j < tokens.length && (Wd.ROLE.has(tokens[j]!.l) || OFFICES.has(tokens[j]!.l) || PORTFOLIO.has(tokens[j]!.l))) j++;
            let k = j;
            while (k < tokens.length && k < j + 3 && tokens[k]!.cap && !tokens[k]!.punct && !this.gaz.matchAt(tokens, k)) k++;
            if (j > m.end && k > j && k - j >= 2) surnames.set(tokens[k - 1]!.s, [{ code: e.code, kind: 'person' }]);
          }
        }
        i = m.end - 1;
        prevRole = false;
        continue;
      }
      const l = t.l;
      // "During the talks the two sides signed…": an opening phrase ends where a new noun phrase begins
      if (prep !== null && Wd.PREPS.has(tokens[0]?.l ?? '') && (l === 'the' || l === 'a' || l === 'an') &&
          /^[a-z]+$/.test(tokens[i - 1]?.s ?? '') && !Wd.PREPS.has(tokens[i - 1]!.l) && !Wd.DETERMINER.has(tokens[i - 1]!.l) &&
          !Wd.CONNECT.has(tokens[i - 1]!.l) && !out.some((m) => m.end > i)) prep = null;
      if ((l === 'among' && (tokens[i + 1]?.l === 'them' || tokens[i + 1]?.l === 'whom')) || (l === 'including' && (tokens[i - 1]?.l === ',' || GROUP_NOUN.has(tokens[i - 1]?.l ?? '')))) {
        // ", among them Russia's Lavrov and China's Wang Yi", ", including Kazakhstan": an apposition of the noun before
        // (so is "allies including Germany" with no comma after a noun of several parties)
        prep = null;
        if (tokens[i + 1]?.l === 'them' || tokens[i + 1]?.l === 'whom') i++;
        continue;
      }
      if (Wd.PREPS.has(l)) {
        // "the foreign ministers of Spain": of after an agent noun keeps the name in the noun phrase
        if (l === 'of' && Wd.LOCATIVE.has(tokens[i - 1]?.l ?? '')) continue; // "outside of", "out of"
        // "troops from India", "a delegation from Uzbekistan": from after an agent noun names its state too;
        // "forces of Iran and of Azerbaijan": a second "of" after "and" continues the first
        if (l === 'of' && tokens[i - 1]?.l === 'and' && prep === null) continue;
        prep = (l === 'of' || (l === 'from' && prevRole)) && (prevRole || (tokens[i - 1]?.cap ?? false) || QUANT_NOUN.has(tokens[i - 1]?.l ?? '')) ? null : l;
      } else if (t.punct && l !== '-' && l !== "'" && l !== '"' && l !== '“' && l !== '”' || Wd.BOUNDARY.has(l) || Wd.SAY.has(l) || Wd.FUTURE.has(l) || Wd.MUST.has(l)) {
        prep = null;
      } else if (Wd.PRONOUN.has(l) && (l === 'it' || l === 'they' || l === 'he' || l === 'she' || l === 'we') || l === 'them' || l === 'him') {
        // ("Later in the day he spoke…": a subject pronoun ends the phrase before it, and is no object of its preposition)
        const subjectCase = l === 'he' || l === 'she' || l === 'they' || l === 'we';
        out.push({ start: i, end: i + 1, code: '', kind: 'pronoun', prep: subjectCase ? null : prep });
        if (subjectCase) prep = null;
      } else if (ORG_NOUN.has(l) && tokens[i - 1]?.l === 'the' && !tokens[i + 1]?.cap && tokens[i + 1]?.l !== 'of') {
        // "the bloc", "the organisation": the organisation the document is about
        out.push({ start: i - 1, end: i + 1, code: '', kind: 'orgref', prep });
      } else if (ARMED.has(l) && !nationalOf(out, tokens, i) && (tokens[i + 1]?.l === 'in' || tokens[i + 1]?.l === 'from') &&
          this.gaz.matchAt(tokens, i + 2)?.entries.some((x) => x.kind === 'country')) {
        // "Islamic militants in Lebanon freed…": an armed group named by where it acts belongs to that state
        const where = this.gaz.matchAt(tokens, i + 2)!;
        out.push({ start: i, end: where.end, code: where.entries.find((x) => x.kind === 'country')!.code, kind: 'group', prep });
        i = where.end - 1;
      } else if (NGO_HEAD.has(l) && NGO_MOD.has(tokens[i - 1]?.l ?? '') && !nationalOf(out, tokens, i - 1)) {
        // "rights groups", "press freedom organisations", "media watchdogs" with no state named: non-governmental (NGO)
        out.push({ start: i - 1, end: i + 1, code: 'NGO', kind: 'group', prep });
      } else if (ARMED.has(l) && !nationalOf(out, tokens, i) && !namedAfter(tokens, i, this.gaz)) {
        // "gunmen", "militants" with no state or group named: an armed group (IMG)
        out.push({ start: i, end: i + 1, code: 'IMG', kind: 'group', prep });
      } else if (REFERRING_OFFICES.has(l) && bareTitle(tokens, i) && !out.some((x) => x.end > i - 3 && x.end <= i)) {
        // "The Secretary of State was also received by…", "the minister said": an office named alone is the person the
        // story last named under it
        const end = l === 'secretary' && tokens[i + 1]?.l === 'of' && tokens[i + 2]?.l === 'state' ? i + 3 : i + 1;
        out.push({ start: i, end, code: '', kind: 'titleref', prep });
        i = end - 1;
      } else if (MINISTRY.has(l) && (tokens[i - 1]?.l === 'the' || (MINISTRY_MOD.has(tokens[i - 1]?.l ?? '') && tokens[i - 2]?.l === 'the')) &&
          !nationalOf(out, tokens, i) && tokens[i + 1]?.l !== 'of') {
        // "the ministry", "the foreign ministry" with no state named: the ministry the story last named
        out.push({ start: tokens[i - 1]?.l === 'the' ? i - 1 : i - 2, end: i + 1, code: '', kind: 'officeref', prep });
      } else if (l === 'head' && tokens[i - 1]?.l === 'the' && tokens[i + 1]?.l === 'of' && tokens[i + 2]?.l === 'state' &&
          tokens[i + 3]?.l !== 'of' && !tokens[i + 3]?.cap && !nationalOf(out, tokens, i - 1)) {
        // "The Head of State received…": the house style of a presidency and its agency for their own president
        out.push({ start: i - 1, end: i + 3, code: '', kind: 'headref', prep });
        i += 2;
      } else if (DOC_NOUN.has(l) && tokens[i - 1]?.l === 'the' && i - 1 === 0 && tokens[i + 1]?.l !== 'of') {
        // "The resolution, adopted on Thursday, condemned…": a document opening the sentence speaks for its author
        out.push({ start: i - 1, end: i + 1, code: '', kind: 'docref', prep });
      } else if ((AUTHORITY.has(l) || (PEOPLE.has(l) && !seenVerb && !cargoCount(tokens, i)) || (LOCAL_MOD.has(tokens[i - 1]?.l ?? '') && LOCAL_HEAD.has(l))) && !nationalOf(out, tokens, i)) {
        // "police", "the authorities", "a court", "regional officials" with no state named: the state where it happens
        out.push({ start: i, end: i + 1, code: '', kind: 'local', prep });
      } else if ((l === 'country' || l === 'nation') && tokens[i - 1]?.l === 'the') {
        out.push({ start: i - 1, end: i + 1, code: '', kind: 'focus', prep });
      } else if ((l === 'country' || l === 'nation') && tokens[i - 1]?.cap && tokens[i - 2]?.cap && tokens[i - 3]?.l === 'the' && !out.some((o) => o.end > i - 3)) {
        // "the Central Asian country": the story's own state told by its region
        out.push({ start: i - 3, end: i + 1, code: '', kind: 'focus', prep });
      } else if ((l === 'two' || l === 'both') && (PAIR_NOUN.has(tokens[i + 1]?.l ?? '') ||
          // "the two men signed a joint statement": the two leaders just named, told as people; as the subject of an
          // act only ("the two men were detained" are no parties of a happening)
          (PAIR_PEOPLE.has(tokens[i + 1]?.l ?? '') && isVerbish(tokens[i + 2] ?? tokens[i]!) && !PASSIVE_AUX.has(tokens[i + 2]?.l ?? ''))) &&
          (l === 'both' || tokens[i - 1]?.l === 'the')) {
        out.push({ start: i, end: i + 2, code: '', kind: 'pair', prep });
        i++;
      } else if (l === 'two' && tokens[i - 1]?.l === 'the' && isVerbish(tokens[i + 1] ?? tokens[i]!) && tokens[i + 1]!.l !== 'countries') {
        // "…, and the two signed an agreement": the pair with its noun left out
        out.push({ start: i - 1, end: i + 1, code: '', kind: 'pair', prep });
      } else if (GENERIC_PLURAL.has(l) && (tokens[i - 1]?.l === 'the' || NUMBER_WORD.has(tokens[i - 1]?.l ?? '') && tokens[i - 2]?.l === 'the' ||
          // "Officials signed nine documents": a bare plural that opens the sentence or a clause ("After the talks,
          // officials signed…", "…, after which ministers signed…") and is followed by its verb
          (BARE_GENERIC.has(l) && (i === 0 || tokens[i - 1]?.l === ',' || tokens[i - 1]?.l === 'which') && isVerbish(tokens[i + 1] ?? tokens[i]!))) &&
          (tokens[i + 1]?.l !== 'of' || (l === 'heads' && (tokens[i + 2]?.l === 'state' || tokens[i + 2]?.l === 'government') && tokens[i + 3]?.l !== 'of')) &&
          !(out.at(-1) && out.at(-1)!.end >= i - 1 && tokens[i - 1]?.l !== ',')) {
        // "the leaders", "the six leaders", "the heads of state", "the participants": the happening's parties
        const end = l === 'heads' && tokens[i + 1]?.l === 'of' ? i + 3 : i + 1;
        out.push({ start: i, end, code: '', kind: 'pair', prep });
        i = end - 1;
      } else if (COUNTERPART.has(l) && (tokens[i - 1]?.l === 'the' || tokens[i - 1]?.l === 'his' || tokens[i - 1]?.l === 'her') && !tokens[i + 1]?.cap) {
        // "thanked the Emir", "his guest", "his counterpart": the other party of the happening
        out.push({ start: i - 1, end: i + 1, code: '', kind: 'other', prep });
      } else if ((SIDES.has(l) || l === 'side' || l === 'government') && tokens[i - 1]?.l === 'each') {
        // "each side blamed the other": the two parties at odds
        out.push({ start: i - 1, end: i + 1, code: '', kind: 'pair', prep });
      } else if (SIDES.has(l) && tokens[i - 1]?.l === 'the' && !(tokens[i + 1]?.l === 'of')) {
        // "the sides", "the parties", "the delegations": the parties of the happening being reported
        out.push({ start: i - 1, end: i + 1, code: '', kind: 'pair', prep });
      }
      // ("the Sverdlovsk region of Russia sent…": a part of a state acts for it, as its agents do)
      prevRole = Wd.ROLE.has(l) || SUBNATIONAL.has(l);
      if (isVerbish(t)) { prep = null; seenVerb = true; }
    }
    // "the Ambassador of Japan to Kazakhstan", "Kazakhstan's envoy to the EU": the posting is no party of the envoy's acts
    for (const m of out) {
      if (m.prep !== 'to') continue;
      const envoy = lastIndexBefore(tokens, m.start, (x) => POSTED.has(x.l));
      if (envoy >= 0 && m.start - envoy <= 6 && out.some((o) => o !== m && o.code !== m.code && o.start < m.start && o.end >= envoy - 2 && o.start <= envoy + 4)) m.prep = 'post';
    }
    if (surnames) bindApposed(tokens, out, surnames, (j) => this.gaz.matchAt(tokens, j) !== undefined);
    return out;
  }

  private codeSentence(doc: Doc, s: Sentence, tokens: Token[], mentions: Mention[], st: DocState): CodedEvent[] {
    // ("riot police", "an appeals court", "attack helicopters": a trigger word that modifies the noun after it names a
    // kind of thing, and is no verb that could end a subject either)
    // ("Riot police were deployed": a trigger may open on "police", a name of the state where it happens)
    // ("a meeting of the two presidents": only an organisation's meeting is a gathering by that word)
    const hits = findTriggers(tokens, (h) => (!h.def.orgOf || organisationAfter(tokens, mentions, h.end)) && !(h.def.stay && gatheringAfter(tokens, h.end)) &&
      !(h.def.orgSubj && !organisationBefore(tokens, mentions, h.start)) && !(h.def.leg && tokens[h.start - 1]?.l === 'the') &&
      // ("came to Tashkent", not "came to Syria's aid" nor "went to war with Russia")
      !(h.def.placeNext && !mentions.some((m) => (m.start === h.end || (m.start === h.end + 1 && tokens[h.end]?.l === 'the')) && m.kind !== 'person' && tokens[m.end]?.l !== "'s"))).filter((h) => !mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'focus' && m.kind !== 'local' && h.start >= m.start && h.start < m.end) &&
      !(h.end - h.start === 1 && MODIFIED_HEAD.has(tokens[h.end]?.l ?? '')) &&
      // ("a recognised world leader": a participle after an indefinite article describes a noun)
      !((h.form === 'past' || h.form === 'pp') && h.end - h.start === 1 && (tokens[h.start - 1]?.l === 'a' || tokens[h.start - 1]?.l === 'an')) &&
      // ("Back in June, …", "back then": the adverb of time, not the verb of support)
      !(tokens[h.start]!.l === 'back' && (tokens[h.start + 1]?.l === 'then' || (tokens[h.start + 1]?.l === 'in' && TIME_WORD.test(tokens[h.start + 2]?.s ?? '')))));
    // "Mubarak hosted Peres in Alexandria, the first summit of the two countries' leaders in years", "Putin is to visit
    // Cuba, the first trip there by a Kremlin leader": a noun set in apposition after a verb of its type restates it
    // (a gathering in apposition stays in view, coded no more: "met the leaders of A, B and C …, the first summit of the
    // C5+1" was one gathering, not a meeting with each)
    // "after official visits to Russia and France", "during talks": a form in -s governed by a preposition (with at most
    // an adjective between) is the plural noun; no verb can stand there
    for (const h of hits) if (h.form === 's' && pluralAfterPreposition(tokens, h.start)) h.form = 'noun';
    if (hits.length) (st.cues ??= new Map()).set(s.index, uniq(hits.map((h) => h.def.t)));
    const restated = new Set<Hit>();
    for (let k = hits.length - 1; k >= 0; k--) {
      const h = hits[k]!;
      if (h.form === 'noun' && apposedAt(tokens, h.start) && hits.some((o) => o.form !== 'noun' && o.def.t === h.def.t && o.start < h.start)) {
        if (h.def.multi) restated.add(h);
        else hits.splice(k, 1);
      }
    }
    const attrib = attributionStart(tokens);
    const self: DocState['prev'][number] = { text: s.text, attrib, tokens };
    const before = st.prev.length;
    st.prev.push(self);
    if (!st.sanctionsTalk && SANCTIONS_TALK.test(s.text)) st.sanctionsTalk = true;
    // most sentences report nothing: leave before the costly parts
    if (hits.length === 0 && !tokens.some((t, i) => Wd.MUST.has(t.l) || EVALUATIVE.has(t.l) || PRAISE.has(t.l) || (t.l === 'no' && NO_BASIS.has(tokens[i + 1]?.l ?? '')) || blameAt(tokens, i)) &&
        !(tokens.some((t) => ARRIVE.has(t.l)) && tokens.some((t) => HELP_CARGO.has(t.l)))) return [];
    // resolve pronouns and "the country"
    let speaker: string[] = [];
    const resolved: Mention[] = [];
    for (const m of mentions) {
      if (m.kind === 'focus') { if (st.focus) resolved.push({ ...m, code: st.focus }); continue; }
      if (m.kind === 'local') {
        const here = mentions.find((x) => x.prep !== null && (x.prep === 'in' || x.prep === 'at') && PLACE_KINDS.has(x.kind) && x.code)?.code ??
          st.home ?? st.focus;
        if (here) resolved.push({ ...m, code: here });
        continue;
      }
      if (m.kind === 'officeref') {
        const office = st.lastMinistry ?? st.home ?? st.focus;
        if (office) resolved.push({ ...m, code: office });
        continue;
      }
      if (m.kind === 'titleref') {
        const who = st.titles?.get(tokens[m.start]!.l);
        if (who) resolved.push({ ...m, code: who, kind: 'person' });
        continue;
      }
      if (m.kind === 'headref') {
        // (the story's own state: the dateline's, else that of the person whose doings open it, else the one it is about)
        const own = st.home ?? st.firstSubject ?? st.focus;
        if (own) resolved.push({ ...m, code: own, kind: 'person' });
        continue;
      }
      if (m.kind === 'docref') {
        if (st.lastDocAuthor) resolved.push({ ...m, code: st.lastDocAuthor });
        continue;
      }
      if (m.kind === 'orgref') {
        // ("asked the CSTO for help, and the bloc agreed": an organisation named earlier in the sentence comes first)
        // ("thanked the Secretary-General": the head of the organisation in view, else of the one whose head that title is)
        const chief = tokens[m.start + 1]?.l === 'secretary-general';
        const org = mentions.findLast((x) => x.kind === 'igo' && x.end <= m.start)?.code ?? st.lastIgo ??
          (chief ? (st.lastPerson && IGO.has(st.lastPerson) ? st.lastPerson : 'UN') : undefined);
        if (!org) continue;
        resolved.push({ ...m, code: org });
        // "the leaders of the bloc's member states": its members, as for a named organisation
        const members = this.gaz.members.get(org);
        const possMembers = tokens[m.end]?.l === "'s" && MEMBER_TAIL.has(tokens[m.end + 1]?.l ?? '');
        if (members && (possMembers || memberFrame(tokens, m.start, m.end))) {
          for (const c of this.gaz.membersOn(members, st.ref ? st.ref.toISOString().slice(0, 10) : null)) resolved.push({ ...m, code: c, kind: 'member' });
        }
        continue;
      }
      if (m.kind === 'other') {
        // the other party is the one of the happening that is not this sentence's subject (its first name)
        const first = resolved.find((r) => r.end <= m.start && r.code)?.code;
        const others = (st.current?.parties ?? []).filter((c) => c !== first);
        if (others.length === 1) resolved.push({ ...m, code: others[0]! });
        // "urged his counterparts": every other party of the happening
        else if (PLURAL_OTHER.has(tokens[m.end - 1]?.l ?? '')) for (const c of others.filter((x) => !IGO.has(x))) resolved.push({ ...m, code: c });
        continue;
      }
      if (m.kind === 'pair') {
        // "Israel's strikes on Iran … called on both sides": the two states just named, else the happening's parties
        const named = uniq(resolved.filter((r) => r.end <= m.start && r.start < attrib && r.code && !IGO.has(r.code) && PARTY_KINDS.has(r.kind)).map((r) => r.code));
        // "the five leaders": the most recent happening with that many parties
        const n = COUNT[tokens[m.start]?.l ?? ''] ?? COUNT[tokens[m.start - 1]?.l ?? ''];
        // (else the states of the last n people named: "Tokayev … beside Putin … the two presidents held talks")
        // (the happening being reported first, when it has that many sides: "the two sides" of mediated talks are its two
        // negotiators, not the last pair that met)
        const current = currentParties(st);
        const counted = n ? (st.current && current.length === n ? current : undefined) ?? [...st.history].reverse().find((p) => p.length === n) ??
          (st.lastParties.length !== n && st.people.length >= n ? st.people.slice(-n) : undefined) : undefined;
        // ("In a meeting with Bahraini Foreign Minister Al Zayani, the two sides signed…": the one side named in the sentence
        // and the other side of the happening being reported)
        const meetingWith = named.length === 1 && (n === undefined || n === 2) &&
          hits.some((h) => h.def.t === 'CONSULT' && h.form === 'noun' && h.end <= m.start) &&
          resolved.some((r) => r.end <= m.start && r.code === named[0] && r.prep === 'with');
        const others = meetingWith ? currentParties(st).filter((c) => c !== named[0] && !IGO.has(c)) : [];
        // (the story's own side when it is one of them: the Kazakh minister who went on to meet the next counterpart)
        const other = others.find((c) => c === st.focus) ?? others[0];
        let sides = other ? [other, named[0]!] : named.length >= 2 ? named.slice(-2) : counted ?? currentParties(st);
        // ("Tokayev … offered to help the two neighbours", "welcomed the agreement of the two sides": the pair acted on
        // cannot hold the clause's subject; it is the last two states named together)
        const subject = resolved.find((r) => r.end <= m.start && r.prep === null && r.code && PARTY_KINDS.has(r.kind))?.code;
        if (!other && named.length < 2 && subject && sides.includes(subject) && (m.prep !== null || hits.some((h) => h.end <= m.start)) &&
            st.lastPairNamed && !st.lastPairNamed.includes(subject)) sides = st.lastPairNamed;
        // ("The leaders signed a joint declaration" at the EU–Central Asia summit: the organisation whose gathering it is
        // acts with its guests)
        const fromGathering = !other && named.length < 2 && st.current?.mode === 'multilateral' && sameSet(sides, st.current.parties);
        for (const c of fromGathering ? uniq([...sides, ...(st.current!.orgs ?? [])]) : sides) resolved.push({ ...m, code: c });
        continue;
      }
      if (m.kind === 'pronoun' && tokens[m.start]?.l === 'we') { if (st.focus) resolved.push({ ...m, code: st.focus }); continue; }
      // "condemned the attack and demanded that it be investigated": "it" before a bare subjunctive "be" is the thing
      // demanded of, not a party (a modal would stand between for a state: "said it would be ready")
      if (m.kind === 'pronoun' && tokens[m.start]?.l === 'it' && tokens[m.start + 1]?.l === 'be') continue;
      if (m.kind === 'pronoun') {
        // "met Nurtleu and invited him": an object "him" is the person named last who is not the subject, else the
        // other party of the happening, else the person named last in the document
        if (tokens[m.start]?.l === 'him') {
          // (in "talks with Tokayev, who welcomed him", the subject of the clause is the name before "who")
          const who = lastIndexBefore(tokens, m.start, (t) => t.l === 'who');
          const rel = tokens[who - 1]?.l === ',' ? who - 1 : who;
          const subject = (who > 0 ? resolved.find((r) => r.end === rel && r.kind === 'person')?.code : undefined) ??
            resolved.find((r) => r.code && !r.prep)?.code;
          const person = resolved.filter((r) => r.end <= m.start && r.kind === 'person' && r.code !== subject).at(-1)?.code;
          const other = (st.current?.parties ?? []).filter((c) => c !== subject);
          const ante = person ?? (other.length === 1 ? other[0] : undefined) ?? (st.lastPerson !== subject ? st.lastPerson : undefined);
          if (ante) resolved.push({ ...m, code: ante });
          continue;
        }
        // "urged them": the group named last
        if (tokens[m.start]?.l === 'them') {
          const group = groupBefore(resolved, m.start, attrib, tokens);
          for (const c of group.length >= 2 ? group : currentParties(st)) resolved.push({ ...m, code: c });
          continue;
        }
        const before = resolved.filter((r) => r.end <= m.start && r.start < attrib && !r.prep && !PLACE_ONLY(r));
        // "they" with no antecedent in its sentence: the parties of the happening being reported
        if (!before.length && tokens[m.start]?.l === 'they' && st.current && st.current.parties.length >= 2) {
          for (const c of st.current.parties) resolved.push({ ...m, code: c });
          continue;
        }
        // ("the six leaders agreed …, and they adopted": "they" after a group is the whole group)
        if (tokens[m.start]?.l === 'they' && before.length) {
          const last = before.at(-1)!;
          const same = uniq(before.filter((r) => r.start === last.start).map((r) => r.code));
          const group = same.length >= 2 ? same : groupBefore(resolved, m.start, attrib, tokens);
          if (group.length >= 2) { for (const c of group) resolved.push({ ...m, code: c }); continue; }
        }
        // "he", "she": the actor of the last event, else the person named last
        const personal = tokens[m.start]?.l === 'he' || tokens[m.start]?.l === 'she';
        // ("Nurtleu met Kallas in Almaty. He called for…": a sentence-initial "he" is the last sentence's subject)
        // ("\"We want respect,\" he told Putin": the speaker of a quotation that opens the sentence is its subject too; the
        // names inside the quotation are what was said)
        const quoteEnd = QUOTE_MARK.has(tokens[0]?.l ?? '') ? tokens.findIndex((t, k) => k > 0 && QUOTE_MARK.has(t.l)) : -1;
        const afterQuote = personal && quoteEnd > 0 && m.start === quoteEnd + 1 && !before.some((r) => r.start > quoteEnd);
        const opening = personal && (before.length === 0 || afterQuote) && !speaker.length && (m.start <= 1 || afterQuote) ? st.lastSubject : null;
        const ante = afterQuote && opening ? opening : tellerOf(tokens, before, m.start) ?? before.at(-1)?.code ?? (speaker[0] ?? opening ?? st.lastActor[0] ?? (personal ? st.lastPerson : null) ?? st.focus);
        if (ante) resolved.push({ ...m, code: ante });
        continue;
      }
      resolved.push(m);
    }
    // "ministers of the SCO, among them Russia's Lavrov and China's Wang Yi": the states named, not every member
    if (resolved.some((m) => m.kind === 'member')) {
      const named = resolved.some((m) => m.kind !== 'member' && (m.kind === 'country' || m.kind === 'person' || m.kind === 'adjective' || m.kind === 'people') && m.prep !== 'in' && m.prep !== 'at');
      if (named) for (let k = resolved.length - 1; k >= 0; k--) if (resolved[k]!.kind === 'member') resolved.splice(k, 1);
    }
    speaker = [];
    const cands: Candidate[] = [];
    const consumed = new Set<Hit>(restated);
    const mustAt = tokens.findIndex((t, i) => Wd.MUST.has(t.l) && i < attrib);
    for (const hit of hits) {
      if (consumed.has(hit) || hit.start >= attrib) continue;
      const c = this.candidate(hit, hits, tokens, resolved, attrib, consumed, st);
      if (c) cands.push(c);
    }
    // "X said Y must do Z": a request from X to Y, whatever Z is
    if (mustAt > 0) {
      const sayAt = lastIndexBefore(tokens, mustAt, (t) => Wd.SAY.has(t.l) || t.l === 'demanded');
      const subj = subjectOf(mustAt, tokens, resolved, hits);
      const spk = sayAt >= 0 ? subjectOf(sayAt, tokens, resolved, hits) : attribSpeaker(tokens, resolved, attrib);
      const pronounSubj = tokens.slice(Math.max(0, mustAt - 2), mustAt).some((t) => Wd.PRONOUN.has(t.l));
      // habits ("officials often say") report no happening
      const habitual = tokens.slice(0, mustAt).some((t) => HABITUAL.has(t.l));
      if (subj.length && spk.length && (!sameSet(subj, spk) || !pronounSubj) && !habitual) {
        for (let k = cands.length - 1; k >= 0; k--) if (cands[k]!.hit.start > mustAt) cands.splice(k, 1);
        // "… must pull his forces out or face air strikes": a demand backed by a threat is a threat
        const orFace = tokens.some((t, k) => k > mustAt && (t.l === 'or' || t.l === 'otherwise') && (tokens[k + 1]?.l === 'face' || tokens[k + 1]?.l === 'risk'));
        // ("Tokayev said Kazakhstan must take care of them": a duty a state lays on itself is its commitment, not a request)
        // (the state itself, "Kazakhstan must", "we must": rebels demanding that their own president "must agree" still request)
        const own = sameSet(subj, spk) && !orFace && (tokens[mustAt - 1]?.l === 'we' ||
          resolved.some((m) => m.end === mustAt && (m.kind === 'country' || m.kind === 'capital')));
        const t: EventType = orFace ? 'THREATEN' : own ? 'AGREE' : 'REQUEST';
        const code = orFace ? '13' : own ? '030' : '100';
        cands.push(wordCandidate('must', t, null, code, mustAt, 'base', spk, own ? [] : subj));
      }
    }
    // "Dushanbe said Kyrgyz forces had shelled its villages": a claim about another's attack is also an allegation
    for (const c of [...cands]) {
      if ((c.type !== 'ASSAULT' && c.type !== 'MOBILIZE') || !c.actor.length) continue;
      const sayAt = lastIndexBefore(tokens, c.hit.start, (t) => CLAIM.has(t.l));
      // a claim opens the sentence ("X said Y had shelled…"); a trailing ", police said" only sources the report
      if (sayAt <= 0) continue;
      const spk = subjectOf(sayAt, tokens, resolved, hits);
      if (!spk.length || spk.some((x) => c.actor.includes(x)) || cands.some((o) => o.type === 'ACCUSE' && sameSet(o.actor, spk))) continue;
      cands.push(wordCandidate('claim', 'ACCUSE', 'allege', '112', sayAt, 'past', spk, [...c.actor]));
    }
    // "X called the resolution biased", "Y said the bans were interference": a disapproving verdict is an accusation
    // of whoever the verdict is about, else of the party whose act was reported last
    this.verdict(tokens, resolved, hits, attrib, st, cands, EVALUATIVE, 'ACCUSE', (t) => Wd.SAY.has(t.l) || LABEL.has(t.l));
    // "called Türkiye the most reliable partner", "described the visit as a turning point": praise
    this.verdict(tokens, resolved, hits, attrib, st, cands, PRAISE, 'SUPPORT', (t) => LABEL.has(t.l));
    // "He reaffirmed Astana's readiness to keep providing a platform", "confirmed Kazakhstan's readiness for cooperation": the
    // state whose readiness or commitment is told is the one committed, whoever voices it
    for (const c of cands) {
      if (c.type !== 'AGREE' || !/readiness\|willingness/.test(c.hit.def.p)) continue;
      const owner = resolved.find((m) => m.start > c.hit.start && m.end < c.hit.end && tokens[m.end]?.l === "'s" && m.code &&
        (m.kind === 'country' || m.kind === 'capital') && !IGO.has(m.code));
      if (!owner) continue;
      c.actor = [owner.code];
      c.recipient = c.recipient.filter((x) => x !== owner.code);
    }
    // "flew on to Tashkent, the second stop of the tour", "had arrived from Kyrgyzstan, the previous stop on her tour": a
    // place called a stop of the trip was visited
    const leg = tripStop(tokens, resolved, attrib);
    if (leg && !cands.some((c) => c.type === 'CONSULT' && c.mode === 'visit' && c.recipient.includes(leg.recipient[0]!))) cands.push(leg);
    // "any attack will meet a crushing response, Tokayev warned": a warning that sources what will befall is a threat
    const warned = trailingWarning(tokens, resolved);
    if (warned && !cands.some((c) => c.type === 'THREATEN')) cands.push(warned);
    // "a consignment of humanitarian aid from Uzbekistan reached flood-hit Kyrgyzstan": help told by its cargo
    if (!cands.some((c) => c.type === 'AID' && c.actor.length)) {
      const aid = cargoAid(tokens, resolved, attrib);
      // (it stands for a verb of carrying that found no giver: "a convoy carrying Indian wheat")
      if (aid) { for (let k = cands.length - 1; k >= 0; k--) if (cands[k]!.type === 'AID') cands.splice(k, 1); cands.push(aid); }
    }
    // "after receiving an appeal from Kyiv, Tokayev ordered aid": the appeal is an event of its own, to whoever acted on it
    const asked = requestBehind(tokens, resolved, attrib, cands);
    if (asked) cands.push(asked);
    // "the Foreign Ministry protested against…": a government's protest is a diplomatic complaint, not a street protest
    for (const c of cands) {
      if (c.type !== 'PROTEST' || c.mode !== 'demo' || c.hit.form === 'noun') continue;
      if (!tokens.slice(Math.max(0, c.hit.start - 6), c.hit.start).some((t) => OFFICIAL.has(t.l))) continue;
      c.type = 'ACCUSE'; c.mode = 'disapprove'; c.cameo = '111';
      c.recipient = c.recipient.filter((x) => !c.actor.includes(x));
    }
    protestTopic(cands, tokens);
    rescues(cands, tokens, attrib);
    // "called in the envoy over an article claiming that Kazakhs were keen to rejoin China": what the disapproved text
    // claims is its content, no happening of the parties
    for (const a of cands.filter((c) => c.type === 'ACCUSE' && c.mode === 'disapprove')) {
      for (let k = cands.length - 1; k >= 0; k--) {
        const c = cands[k]!;
        if (c.type !== 'ACCUSE' && c.hit.start > a.hit.end && tokens.slice(a.hit.end, c.hit.start).some((t) => CLAIMED_CONTENT.has(t.l))) cands.splice(k, 1);
      }
    }
    // "called in the envoy to thank him for the help": an envoy summoned for a courtesy is not summoned over a grievance
    for (let k = cands.length - 1; k >= 0; k--) {
      const c = cands[k]!;
      if (c.type !== 'ACCUSE' || !/^(?:summon|call in)/.test(c.hit.def.p)) continue;
      const to = tokens.findIndex((t, i) => i >= c.hit.end && i < c.hit.end + 8 && t.l === 'to' && COURTESY.has(tokens[i + 1]?.l ?? ''));
      if (to >= 0) cands.splice(k, 1);
    }
    const out: CodedEvent[] = [];
    if (cands.length === 0) return out;
    // "the leaders of the CSTO" meet as its members, but an appeal to them is an appeal to the organisation
    for (const c of cands) {
      if (c.type === 'CONSULT' || c.type === 'PROTEST' || c.type === 'COERCE' || c.type === 'RETREAT' || c.type === 'CONCEDE' || c.type === 'ACCUSE' || c.type === 'REQUEST') continue;
      // "thanked the CSTO leaders": the thanking state is not among those it thanks; nor is a party to a joint act
      // its target ("Kazakhstan and China signed a deal ahead of Xi's visit")
      if ((c.recipient.length > 1 || c.actor.length > 1) && !c.jointAct) c.recipient = c.recipient.filter((x) => !c.actor.includes(x));
    }
    const memberOnly = new Set(resolved.filter((m) => m.kind === 'member').map((m) => m.code));
    for (const m of resolved) if (m.kind !== 'member') memberOnly.delete(m.code);
    if (memberOnly.size) {
      for (const c of cands) {
        if (c.type === 'CONSULT') continue;
        c.actor = c.actor.filter((x) => !memberOnly.has(x));
        c.recipient = c.recipient.filter((x) => !memberOnly.has(x));
      }
    }
    const dates = findDates(s.text, st.ref);
    // (a clause with no date of its own is dated by its statement: "…, the State Department said on Saturday")
    self.date = clauseDate(carriable(s.text, dates), tokens[attrib]?.start ?? Infinity);
    const money = findMoney(s.text);
    const carried = (): string | null => {
      // "In June … summit. Belarus joined …": an undated event inherits the month or day of the paragraph's last
      // dated sentence
      // each sentence is dated once, in order, however many later events look back
      for (; st.dated < before; st.dated++) {
        const p = st.prev[st.dated]!;
        p.date ??= clauseDate(carriable(p.text, findDates(p.text, st.ref)), p.tokens[p.attrib]?.start ?? Infinity);
        // (a date after the story's own is a plan named in passing, "to meet again on 25 October": nothing reported later
        // happened then)
        if (p.date && p.date.length >= 7 && !(doc.date && p.date > doc.date.slice(0, 10))) st.lastDated = p.date;
      }
      return st.lastDated;
    };
    const attribAt = tokens[attrib]?.start ?? Infinity;
    const anchor = relativeAnchor(s.text);
    // the day the relative date counts from is the last happening before this sentence: the sentence's own events
    // (which set lastDay) must not move it again ("the previous day" three times is still one day back)
    // (unless the sentence just before names a day of its own, even one that reported nothing coded: "A second group flew
    // out on Wednesday. The same day Tokayev ordered…" counts from Wednesday)
    // (the last day named is meant, attributions included: "…, observers said in a statement on Monday. Hours later…")
    const anchorDay = (anchor ? lastDayNamed(st.prev, before, st.ref, doc.date?.slice(0, 10) ?? null) : null) ?? st.lastDay;
    let topics: string[] | undefined;
    // "…, the ministry said on Monday": when the clause has no date, the statement's date is the happening's
    const attribDate = dates.find((d) => d.index >= attribAt)?.date ?? null;
    // codes named in the sentence itself, not supplied by pronouns, "the sides" or the document's focus
    const direct = new Set(resolved.filter((m) => m.kind !== 'pronoun' && m.kind !== 'pair' && m.kind !== 'focus').map((m) => m.code));
    // a meeting reported in this very sentence ("was signed in June, when Steinmeier was visiting Kazakhstan") is
    // the happening its agentless acts belong to
    // the channel of the sentence's main act: the act's parties held the call, unless it was reported already
    for (let k = cands.length - 1; k >= 0; k--) {
      const c = cands[k]!;
      if (!c.background) continue;
      const parties = uniq(cands.filter((o) => !o.background).flatMap((o) => [...o.actor, ...o.recipient])).filter((x) => !IGO.has(x));
      if (parties.length < 2 || (st.current && sameSet(st.current.parties, parties))) { cands.splice(k, 1); continue; }
      c.actor = parties;
      c.recipient = [];
      c.split = null;
    }
    // "Tokayev said …, in a phone call with Azerbaijani President Aliyev": a call named with its partner alone was held by
    // the doer of the sentence's main act
    for (const c of cands) {
      if (c.type !== 'CONSULT' || c.mode !== 'phone' || c.hit.form !== 'noun' || c.future) continue;
      const sides = uniq([...c.actor, ...c.recipient]).filter((x) => !IGO.has(x));
      const main = sides.length === 1 ? cands.find((o) => o !== c && o.type !== 'CONSULT' && o.actor.length === 1 && !sides.includes(o.actor[0]!) && !IGO.has(o.actor[0]!)) : undefined;
      if (main) { c.actor = [main.actor[0]!, ...sides]; c.recipient = []; c.split = null; }
    }
    let meeting = st.current;
    for (const c of cands) {
      const parties = uniq([...c.actor, ...c.recipient]).filter((x) => !IGO.has(x));
      if (c.type === 'CONSULT' && !c.future && parties.length >= 2) meeting = { parties, date: null, location: c.location };
    }
    for (const c of cands) {
      // "a roadmap was signed", "an agreement was reached": the parties of the meeting being reported signed it
      // "Construction of the China–Kyrgyzstan–Uzbekistan railway began", "construction of a railway between China,
      // Kyrgyzstan and Uzbekistan started": a joint project's works begun with no builder named are the work of the
      // states its name or its "between" joins
      if (c.actor.length === 0 && c.type === 'COOPERATE' && /construction|foundation/.test(c.hit.def.p)) {
        const joined = uniq(resolved.filter((m) => m.code && !IGO.has(m.code) && m.start >= c.hit.start && m.start < attrib && (m.prep === null || m.prep === 'between') &&
          (m.kind === 'country' || m.kind === 'adjective') && !PLACE_NOUN_AFTER.has(tokens[m.end]?.l ?? '')).map((m) => m.code));
        if (joined.length >= 2) { c.actor = joined; c.recipient = []; }
      }
      if (c.actor.length === 0 && c.agentless && AGENTLESS_TYPES.has(c.type) && meeting && meeting.parties.length >= 2) {
        c.actor = [...meeting.parties];
        c.recipient = [];
        c.location ??= meeting.location;
      }
      // "Misri said Pakistan's advisers had been declared persona non grata": a state's own measure, announced by it in
      // the passive with no agent, is taken by the state whose official tells it
      if (c.actor.length === 0 && c.agentless && c.type === 'SANCTION') {
        const sayAt = lastIndexBefore(tokens, c.hit.start, (t) => Wd.SAY.has(t.l));
        const spk = (sayAt > 0 ? subjectOf(sayAt, tokens, resolved, hits) : c.hit.start < attrib && attrib < tokens.length ? attribSpeaker(tokens, resolved, attrib) : [])
          .filter((x) => !IGO.has(x) && !c.recipient.includes(x));
        if (spk.length === 1) c.actor = spk;
      }
      // "In addition, a six-month ban on imports of wheat by rail came into force", "The first ban took effect on April
      // 10": a measure named with neither side continues the measure the story reported, between the same two states
      if (c.actor.length === 0 && c.type === 'SANCTION' && c.hit.def.p.startsWith('=ban') && st.lastMeasure) {
        c.actor = [...st.lastMeasure.actor];
        if (c.recipient.length === 0) c.recipient = [...st.lastMeasure.recipient];
      }
      // "decided to open its embassy in Skopje", "will open a consulate in Dubai": a mission opened (or promised) is aimed
      // at the state that hosts it, whoever the meeting it was announced at is with
      if ((c.type === 'AGREE' || c.type === 'COOPERATE') && c.actor.length === 1 && c.recipient.length === 0) {
        const host = missionHost(tokens, resolved, c.hit.end, clauseStop(tokens, c.hit.end, attrib));
        if (host && !c.actor.includes(host)) c.recipient = [host];
      }
      // "At the talks Tokayev proposed…", "von der Leyen announced a package": a one-sided offer made in a meeting is
      // made to the meeting's other parties
      if (c.type === 'AGREE' && c.actor.length === 1 && c.recipient.length === 0 && !c.agentless && c.split === null && meeting &&
          meeting.parties.length >= 2 && meeting.parties.includes(c.actor[0]!)) {
        c.recipient = meeting.parties.filter((x) => x !== c.actor[0]);
      }
      // "The leaders discussed … cooperation with the United Nations on counter-terrorism": where two or more parties talk,
      // the partner of the cooperation talked about is its topic, not a party at the table ("Tokayev discussed cooperation
      // with Putin", with one party talking, names his partner)
      if (c.type === 'CONSULT' && c.hit.def.topic) {
        const topicOnly = (x: string): boolean => {
          const named = resolved.filter((m) => m.code === x && m.start < attrib);
          return named.length > 0 && named.every((m) => {
            let j = m.start - 1;
            if (Wd.DETERMINER.has(tokens[j]?.l ?? '')) j--;
            return m.start > c.hit.end && tokens[j]?.l === 'with' && TIE_NOUN.has(tokens[j - 1]?.l ?? '');
          });
        };
        const parties = uniq([...c.actor, ...c.recipient]);
        const kept = parties.filter((x) => !topicOnly(x));
        if (kept.length >= 2 && kept.length < parties.length) { c.actor = c.actor.filter((x) => kept.includes(x)); c.recipient = c.recipient.filter((x) => kept.includes(x)); }
      }
      // "condemned what it called attempts by Russian officials…", "…, saying Baku sought a pretext": disapproval whose
      // object names no party is of the first other state the sentence names after it
      if (c.type === 'ACCUSE' && c.mode !== 'investigate' && c.recipient.length === 0 && c.actor.length) {
        // (not past a second act of the same subject: "condemned the attack and expressed solidarity with India" names
        // the one it stands by, not the one it condemns)
        const second = tokens.findIndex((t, k) => k >= c.hit.end && k < attrib && t.l === 'and' && !!tokens[k + 1] && isVerbish(tokens[k + 1]!) &&
          /ed$/.test(tokens[k + 1]!.l));
        const named = resolved.find((m) => m.start >= c.hit.end && m.start < attrib && (second < 0 || m.start < second) && m.code && !c.actor.includes(m.code) &&
          m.kind !== 'city' && m.kind !== 'pronoun' && m.kind !== 'local' && m.kind !== 'pair' && m.kind !== 'other');
        if (named) c.recipient = [named.code];
      }
      // "a terrorist attack near the embassy killed two diplomats", "condemned the terrorist attack on civilians": an act of
      // terror whose authors go unnamed is an armed group's, and its condemnation is aimed at them, not at its victims
      const terror = terrorAt(tokens, c.hit.start, c.type === 'ASSAULT' ? c.hit.end : clauseStop(tokens, c.hit.end, attrib));
      if (c.type === 'ASSAULT' && c.actor.length === 0 && terror >= 0) c.actor = ['IMG'];
      if (c.type === 'ACCUSE' && c.mode === 'disapprove' && terror > c.hit.start && !resolved.some((m) => m.start > terror && m.prep === 'by' && m.code)) c.recipient = ['IMG'];
      // "condemned the attack", "denounced the move": disapproval with nobody named is of whoever did the last deed
      if (c.type === 'ACCUSE' && c.mode !== 'investigate' && c.recipient.length === 0 && c.actor.length && st.lastDeed?.length &&
          !st.lastDeed.some((x) => c.actor.includes(x))) {
        c.recipient = [...st.lastDeed];
      }
      // "opened a criminal case over the attack": an inquiry into an attack just reported is aimed at its attacker
      if (c.type === 'ACCUSE' && c.mode === 'investigate' && st.lastFightBy?.length && sameSet(c.recipient, c.actor) &&
          !st.lastFightBy.some((x) => c.actor.includes(x)) &&
          tokens.slice(c.hit.start, Math.min(tokens.length, c.hit.end + 8)).some((t, k, xs) => ATTACK_NOUN.has(t.l) && Wd.DETERMINER.has(xs[k - 1]?.l ?? ''))) {
        c.recipient = [...st.lastFightBy];
      }
      // "Mirziyoyev and Japarov also sent congratulations": an act repeated by others, its target unnamed, has the
      // target of the last act of its type
      // ("The Kyrgyz government has sent its thanks as well", "… did so too")
      if (c.recipient.length === 0 && c.actor.length && !c.future && c.type !== 'CONSULT' &&
          (tokens.slice(Math.max(0, c.hit.start - 3), c.hit.start).some((t) => t.l === 'also') ||
           tokens.slice(c.hit.end).some((t, k, xs) => t.l === 'too' || t.l === 'likewise' || (t.l === 'as' && xs[k + 1]?.l === 'well' && xs[k + 2]?.l !== 'as')))) {
        const last = c.type === 'AID' && st.stricken ? [st.stricken] : st.lastTarget?.get(c.type);
        if (last?.length && !last.some((x) => c.actor.includes(x))) {
          c.recipient = [...last];
          if (c.type === 'SUPPORT' && MESSAGE_TRIGGER.test(c.hit.def.p) && c.split === null && c.actor.length > 1) c.split = 'actor';
        }
      }
      // "signed a joint statement with Xi", "Aliyev and Pashinyan signed a declaration with Trump": a document signed
      // jointly, or by several sides with one more, is the one joint act of all its signatories (spec rule 2)
      if (c.type === 'SUPPORT' && c.hit.def.p === 'sign' && c.recipient.length && !c.recipient.some((x) => IGO.has(x) || c.actor.includes(x))) {
        const withAt = tokens.findIndex((t, k) => k >= c.hit.end && k < clauseStop(tokens, c.hit.end, attrib) && t.l === 'with');
        const joint = tokens.slice(c.hit.end, withAt).some((t) => t.l === 'joint');
        const viaWith = withAt >= 0 && resolved.some((m) => m.start > withAt && m.start <= withAt + 6 && c.recipient.includes(m.code));
        if (viaWith && (joint || c.actor.length >= 2)) { c.actor = uniq([...c.actor, ...c.recipient]); c.recipient = []; }
      }
      // "Belarus became a full member", "Turkmenistan became an observer": joining with no organisation named joins the
      // one in view (spec rule 3: joining an organisation is SUPPORT with the organisation as recipient)
      if (c.type === 'SUPPORT' && c.actor.length && /\bmember\b|\bobserver\b/.test(c.hit.def.p) && !c.recipient.some((x) => IGO.has(x)) &&
          !resolved.some((m) => m.start >= c.hit.end && m.start < attrib && m.code && !c.actor.includes(m.code) && m.kind !== 'city' && m.kind !== 'capital' &&
            m.prep !== 'in' && m.prep !== 'at')) {
        const org = st.current?.orgs?.length === 1 ? st.current.orgs[0] : st.lastIgo;
        if (org && !c.actor.includes(org)) c.recipient = [org];
      }
      // "Slovak hauliers joined the protest", "farmers joined the blockade": joining a protest just reported takes up its
      // target
      if (c.type === 'PROTEST' && c.actor.length && (c.recipient.length === 0 || sameSet(c.recipient, c.actor)) &&
          (JOIN_VERB.has(tokens[c.hit.start]!.l) || JOIN_VERB.has(tokens[c.hit.start - 1]?.l ?? '') ||
           (tokens[c.hit.start - 1]?.l === 'the' && JOIN_VERB.has(tokens[c.hit.start - 2]?.l ?? '')))) {
        const last = st.lastTarget?.get('PROTEST');
        if (last?.length && !last.some((x) => c.actor.includes(x))) c.recipient = [...last];
      }
      // "welcomed the agreement", "welcomed the step": praise of an act just reported goes to whoever did it
      if (c.type === 'SUPPORT' && c.recipient.length === 0 && c.actor.length === 1 && st.lastAct?.length && !st.lastAct.some((x) => c.actor.includes(x)) &&
          tokens.slice(c.hit.start + 1, c.hit.end + 2).some((t, k, xs) => ACT_NOUN.has(t.l) && Wd.DETERMINER.has(xs[k - 1]?.l ?? ''))) {
        c.recipient = [...st.lastAct];
      }
      // "welcomed the treaty as proof of…", "hailed it as a breakthrough": a deal praised goes to its parties, the
      // praising side's own included when it was one of them ("Japarov called the signing a milestone")
      if (c.type === 'SUPPORT' && c.hit.def.c === '051' && c.actor.length === 1 && (c.recipient.length === 0 || sameSet(c.recipient, c.actor))) {
        const judged = praisedAct(tokens, c.hit.start + 1, Math.min(tokens.length, c.hit.end + 2), c.actor, st);
        if (judged?.length) { c.recipient = judged; c.jointAct = judged.length > 1 && judged.some((x) => c.actor.includes(x)); }
      }
      // "urged an end to hostilities", "called for restraint": an appeal to calm is made to the sides of the last fighting
      if (c.type === 'REQUEST' && c.recipient.length === 0 && c.actor.length && st.lastFight &&
          !st.lastFight.some((x) => c.actor.includes(x)) && tokens.slice(c.hit.start, c.hit.end + 8).some((t) => CALM.has(t.l))) {
        c.recipient = [...st.lastFight];
      }
      // "The truce largely held by Saturday": a ceasefire with no sides named is kept by the sides of the last fighting
      if (c.type === 'RETREAT' && c.mode === 'ceasefire' && c.hit.form === 'noun' && c.actor.length === 0 && st.lastFight?.length) { c.actor = [...st.lastFight]; c.recipient = []; }
      // (a joint act of several parties, "Russia and Ukraine released prisoners", has no target beyond them)
      // "Pashinyan stayed away from the session", "Modi skipped the summit": staying away from the gathering being
      // reported refuses the organisation that holds it
      if (c.type === 'REJECT' && c.mode === 'meet' && c.actor.length === 1 && c.hit.form !== 'noun' && st.current &&
          !resolved.some((m) => m.start >= c.hit.end && m.start < clauseStop(tokens, c.hit.end, attrib) && m.kind !== 'city' && m.kind !== 'pronoun' && m.kind !== 'focus')) {
        const org = st.current.orgs ?? [];
        if (org.length === 1) c.recipient = org;
      }
      // "Construction of the China–Kyrgyzstan–Uzbekistan railway began": states joined by dashes in a joint project's
      // name are its parties (with those who launched it: "…was launched at a ceremony attended by Japarov")
      if (c.type === 'COOPERATE' && c.actor.length > 0) {
        const dashed = resolved.filter((m) => m.end <= c.hit.end + 8 && m.start < attrib && m.code && (m.kind === 'country' || m.kind === 'adjective') &&
          (Wd.DASH.has(tokens[m.end]?.l ?? '') || Wd.DASH.has(tokens[m.start - 1]?.l ?? ''))).map((m) => m.code);
        if (uniq(dashed).length >= 2) { c.actor = uniq([...c.actor, ...c.recipient, ...dashed]); c.recipient = []; }
      }
      if (c.type === 'COOPERATE' && c.actor.length === 0 && c.hit.form === 'noun') {
        const inside = resolved.filter((m) => m.start >= c.hit.start && m.end <= c.hit.end && m.code && (m.kind === 'country' || m.kind === 'adjective'));
        const dashed = inside.filter((m, k) => Wd.DASH.has(tokens[m.end]?.l ?? '') && inside[k + 1]?.start === m.end + 1 ||
          Wd.DASH.has(tokens[m.start - 1]?.l ?? '') && inside[k - 1]?.end === m.start - 1);
        // ("flights between Dushanbe and Bishkek resumed": the two sides a "between" names)
        const between = inside.length ? [] : resolved.filter((m) => m.start >= c.hit.start && m.end <= c.hit.end && m.code && m.prep === 'between' && PLACE_KINDS.has(m.kind));
        const parties = uniq([...dashed, ...between].map((m) => m.code));
        if (parties.length >= 2) { c.actor = parties; c.recipient = []; }
      }
      // "warned that further attacks would follow if Iran did not make peace": the party a threat's condition names is
      // its target
      if (c.type === 'THREATEN' && (c.recipient.length === 0 || sameSet(c.recipient, c.actor))) {
        const cond = tokens.findIndex((t, k) => k > c.hit.end && k < attrib && (t.l === 'if' || t.l === 'unless'));
        const named = cond < 0 ? undefined : resolved.find((m) => m.start > cond && m.start < attrib && m.code && !c.actor.includes(m.code) &&
          m.kind !== 'city' && m.kind !== 'pronoun' && m.kind !== 'focus' && m.prep === null);
        if (named) c.recipient = [named.code];
      }
      // "condemned what he called provocations from Afghanistan and warned that every provocation would meet a strong
      // response": a warning joined to an accusation by the same side is aimed at the accused
      if (c.type === 'THREATEN' && c.actor.length && (c.recipient.length === 0 || sameSet(c.recipient, c.actor))) {
        const blame = cands.find((o) => o !== c && o.type === 'ACCUSE' && o.hit.start < c.hit.start && sameSet(o.actor, c.actor) &&
          o.recipient.length > 0 && !o.recipient.some((x) => c.actor.includes(x)));
        if (blame) c.recipient = [...blame.recipient];
      }
      // "Ian Borg, Malta's foreign minister, who chairs the OSCE this year, visited Astana", "the OSCE Chairman-in-Office,
      // Polish Foreign Minister Rau, arrived…": a minister who holds an organisation's chair acts for it, not for his state
      const chair = chairedOrg(tokens, resolved, c.hit.start);
      if (chair && c.actor.some((x) => !IGO.has(x)) && c.actor.every((x) => IGO.has(x) || chair.states.includes(x)) && !c.recipient.includes(chair.org)) {
        c.actor = uniq([chair.org, ...c.actor.filter((x) => IGO.has(x))]);
      }
      // "rallied outside the American embassy", "protested in front of the embassy of China": a protest held at a
      // state's mission is aimed at that state, not at the protesters' own government
      if (c.type === 'PROTEST' && c.actor.length && (c.recipient.length === 0 || sameSet(c.recipient, c.actor))) {
        const target = missionStateAfter(tokens, resolved, c.hit.end, attrib);
        if (target && !c.actor.includes(target)) c.recipient = [target];
      }
      // (never a name in what elaborates the source: "…, the Kremlin said, asked about reports in Turkish media")
      // ("conveyed Xi's congratulations on the referendum": the possessor of a message is its sender, not its addressee)
      if (c.type === 'SUPPORT' && c.actor.length === 1 && sameSet(c.recipient, c.actor) &&
          resolved.some((m) => m.start >= c.hit.start && m.end < c.hit.end && tokens[m.end]?.l === "'s" && c.actor.includes(m.code))) c.recipient = [];
      // ("Walesa demanded that the communist government restore…": a demand of a government no state names is made at home)
      if (c.type === 'REQUEST' && c.recipient.length === 0 && c.actor.length === 1 && !IGO.has(c.actor[0]!) &&
          tokens.slice(c.hit.end, Math.min(attrib, c.hit.end + 5)).some((t) => HOME_BODY.has(t.l)) &&
          !resolved.some((m) => m.start >= c.hit.end && m.start < attrib && m.code && m.code !== c.actor[0] && m.kind !== 'city')) c.recipient = [...c.actor];
      // "aid for the people of Gaza handed to the Egyptian Red Crescent", "aid for the Palestinian people to UNRWA": help
      // goes to whom it mainly benefits (the codebook's AID), not to the agency or society that passes it on
      if (c.type === 'AID' && c.recipient.length) {
        const gets = beneficiary(tokens, resolved, c.hit.start, attrib).filter((x) => !c.actor.includes(x));
        if (gets.length && c.recipient.some((x) => !gets.includes(x))) c.recipient = gets;
        else if (c.recipient.some((x) => IGO.has(x)) && c.recipient.some((x) => !IGO.has(x))) c.recipient = c.recipient.filter((x) => !IGO.has(x));
      }
      // "instructed the government to…", "troops were sent to the National Assembly", "rejected talks with the
      // protesters": an act aimed at a body or the people of a state that no name qualifies stays inside the actor's
      // state, which the spec codes as that state (its parliament, protesters, citizens are the state)
      if (!HOME_FREE.has(c.type) && c.recipient.length === 0 && c.actor.length === 1 && !IGO.has(c.actor[0]!) && !GENERIC.has(c.actor[0]!) &&
          homeObject(tokens, c.hit, attrib, resolved, c.actor[0]!) && (!st.focus || st.focus === c.actor[0] || c.location === c.actor[0]) &&
          !resolved.some((m) => m.start >= c.hit.end && m.start < attrib && m.code && m.code !== c.actor[0] && m.kind !== 'city')) c.recipient = [...c.actor];
      if (c.type === 'RETREAT' && c.actor.length === 1 && ownCaptives(tokens, c.hit, resolved)) c.recipient = [...c.actor];
      if (c.recipient.length === 0 && c.actor.length === 1 && c.type !== 'CONSULT') {
        const tail = tokens.findIndex((t, k) => k > attrib && t.l === ',' && SOURCE_TAIL.has(tokens[k + 1]?.l ?? ''));
        c.recipient = this.impliedTarget(c, tail < 0 ? resolved : resolved.filter((m) => m.start < tail), st);
      }
      // "protested over an attack on the consortium's terminal near Novorossiysk", "opened a criminal case over the
      // attack": blame for an attack whose attacker no one names goes to the one state the story holds apart from the
      // blamer, the attacked place's state and the reporting state, not to the place's owner
      if (c.type === 'ACCUSE' && c.mode !== 'allege' && c.actor.length === 1 && c.recipient.length === 1 && !st.lastFightBy?.length &&
          tokens.slice(c.hit.start, Math.min(attrib, c.hit.end + 10)).some((t) => ATTACK_NOUN.has(t.l)) &&
          !resolved.some((m) => m.start > c.hit.start && m.prep === 'by' && m.code)) {
        const target = c.recipient[0]!;
        // (an attack already blamed on an armed group, "condemned the terrorist attack", keeps its target)
        const named = resolved.filter((m) => m.code === target);
        const placeOnly = !GENERIC.has(target) && (target === c.actor[0] || (named.length > 0 && named.every((m) => m.kind === 'city' || Wd.LOCATIVE.has(m.prep ?? ''))));
        const attacked = new Set([target, ...(st.lastFight ?? []), ...(st.lastDeedOn ?? [])]);
        const rest = (st.docStates ?? []).filter((x) => x !== c.actor[0] && !attacked.has(x) && x !== st.home);
        if (placeOnly && rest.length === 1) c.recipient = rest;
      }
      // "Türkiye's foreign ministry condemned the strikes, calling them a provocation", "Uzbekistan also condemned the
      // strikes on a residential district of the Qatari capital": an attack named again with a definite article and no
      // author is the one the story told; the condemnation is aimed at its author, not at the place it struck
      if (c.type === 'ACCUSE' && c.mode === 'disapprove' && c.actor.length === 1 && st.lastAttacker?.length &&
          !st.lastAttacker.some((x) => c.actor.includes(x)) && definiteAttack(tokens, c.hit.end) &&
          !resolved.some((m) => m.code && m.start > c.hit.start && m.start < attrib && (m.prep === 'by' || (m.prep === null && m.start <= c.hit.end + 2)))) {
        c.recipient = [...st.lastAttacker];
      }
      // "the ministers of Kazakhstan and Uzbekistan held talks in Khiva": two states meeting in one of them is the
      // other's visit to it (the spec's visitor and host)
      // (not a joint hosting, and not a bilateral on the sidelines of a gathering, where both are guests)
      if (c.type === 'CONSULT' && c.mode === null && c.location && !c.hit.def.rev && !c.hit.def.multi && !c.hit.def.gathers &&
          !hits.some((h) => h.def.multi) && !onSidelines(tokens, c.hit.start) && !c.recipient.some((x) => IGO.has(x)) &&
          !withEnvoy(tokens)) {
        visitAt(c, c.location, () => true);
      }
      // "met here with visiting Chinese Foreign Minister Wang Yi": the party called visiting is the visitor, the other
      // its host; "BAKU – Tokayev and Aliyev held talks": talks "here", or in the lead under a dateline, are where it was filed
      // (not talks with an ambassador, who lives where he meets)
      const bilateral = c.type === 'CONSULT' && c.mode === null && !c.hit.def.rev && !c.hit.def.multi && !c.hit.def.gathers &&
        !hits.some((h) => h.def.multi) && !onSidelines(tokens, c.hit.start) && !c.recipient.some((x) => IGO.has(x)) &&
        !withEnvoy(tokens);
      if (bilateral) {
        const guest = resolved.find((m) => m.code && m.start > 0 && VISITING.has(tokens[m.start - 1]!.l) && m.kind !== 'city');
        const parties = uniq([...c.actor, ...c.recipient]).filter((x) => !IGO.has(x));
        const host = guest ? parties.find((x) => x !== guest.code) : undefined;
        // ("BISHKEK – Japarov held talks with Tokayev as part of his official visit to Astana": the visit the sentence
        // names tells who came where, before the dateline does)
        const visited = parties.length === 2 ? visitedPlace(tokens, resolved, c.hit.end, attrib) : null;
        if (guest && host && parties.length === 2) visitAt(c, host, () => true);
        else if (!c.location && visited && parties.includes(visited)) visitAt(c, visited, () => true);
        else if (!c.location && st.home && (tokens.some((t) => t.l === 'here') || s.index === 0)) visitAt(c, st.home, () => true);
        // ("NEW DELHI – Jaishankar held separate talks with the ministers of A, B and C": each of them came to the host)
        const seat = c.location ?? (st.home && (tokens.some((t) => t.l === 'here') || s.index === 0) ? st.home : null);
        if (c.split === 'recipient' && c.actor.length === 1 && seat && c.actor[0] === seat && !c.recipient.includes(seat)) {
          c.mode = 'visit'; c.location = seat; c.actor = c.recipient.filter((x) => !IGO.has(x)); c.recipient = [seat]; c.split = 'actor';
        }
      }
      // "talks … under Norwegian auspices", "met under US mediation", "under the auspices of Kazakhstan": the sponsor hosts
      // (not a summit proposed "under UN auspices": that one is still to come)
      if (c.type === 'CONSULT' && (c.mode === null || c.mode === 'multilateral') && !c.future) {
        const under = tokens.findIndex((t, k) => t.l === 'under' && k > c.hit.start && k < attrib);
        const word = under < 0 ? -1 : tokens.findIndex((t, k) => k > under && k <= under + 4 && SPONSOR.has(t.l));
        const sponsor = word < 0 ? undefined : resolved.find((m) => m.code && ((m.end === word || m.end === word - 1) && m.start > under ||
          (tokens[word + 1]?.l === 'of' && m.start >= word + 2 && m.start <= word + 3)));
        const sides = sponsor ? uniq([...c.actor, ...c.recipient]).filter((x) => x !== sponsor.code) : [];
        if (sponsor && sides.length >= 1 && sides.filter((x) => !IGO.has(x)).length <= 2) { c.actor = sides; c.recipient = [sponsor.code]; c.mode = 'third-party'; c.cameo = '045'; c.split = null; }
      }
      // "talks … under the eye of American, Russian and French mediators", "with US envoy George Mitchell shuttling
      // between the two sides": the mediators named with the talks are one third party to one meeting
      if (c.type === 'CONSULT' && (c.mode === null || c.mode === 'multilateral') && !c.future) {
        const mediators = mediatorsNamed(tokens, resolved, c.hit.end, attrib);
        const sides = uniq([...c.actor, ...c.recipient]).filter((x) => !mediators.includes(x));
        if (mediators.length && sides.length === 2) { c.actor = sides; c.recipient = mediators; c.mode = 'third-party'; c.cameo = '045'; c.split = null; }
      }
      // talks that continue the visit being reported happen where it happens: the visitor's, at the host's
      if (c.type === 'CONSULT' && c.mode === null && !c.location && st.current?.location) {
        visitAt(c, st.current.location, (parties) => parties.every((x) => st.current!.parties.includes(x)));
      }
      if (c.actor.length === 0 && c.recipient.length === 1 && !IGO.has(c.recipient[0]!) && !GENERIC.has(c.recipient[0]!) && armedSubject(tokens, c.hit.start)) c.actor = [...c.recipient];
      // a meeting needs two sides: one state's "meeting" with itself ("Tokayev received him" with "him" taken for a Kazakh)
      // is a misreading, not an event; a joint meeting's own parties are no target of it, but a visit keeps its host
      // ("Tokayev welcomed Xi to Astana": Xi visits Kazakhstan, the host is not a visitor too)
      if (c.type === 'CONSULT' && c.recipient.length && c.recipient.every((x) => c.actor.includes(x))) {
        if (uniq(c.actor).length < 2) continue;
        const guests = c.actor.filter((x) => !c.recipient.includes(x));
        if (c.mode === 'visit' && guests.length) c.actor = guests;
        else {
          c.recipient = [];
          if (c.mode === 'visit') c.mode = null;
        }
      }
      // an attack with victims but no known attacker is still an event (actor [])
      if (c.actor.length === 0 && !(c.recipient.length && (c.type === 'ASSAULT' || c.type === 'COERCE'))) continue;
      const tokStart = tokens[c.hit.start]!.start;
      // the date expression nearest to the trigger, else the one carried from the previous sentence, else the document's year
      let date: string | null = null;
      let dateInSentence = false;
      // ("On Wednesday the ministry said it would take up the attack with Ukraine": the day the promise was said)
      let saidDay: string | null = null;
      if (dates.length) {
        // the nearest date in the trigger's own clause, else the nearest at all ("recalled that … was signed in 1991"
        // dates the signing, not the recalling)
        // a date inside a relative clause ("Nurtleu, who was appointed last week, held talks…") dates that clause
        // "extended the ban until March 31": an end date is a horizon, not when the act happened
        // "a violation of the November 2020 statement": a date naming a document or an earlier event is no date of this act
        // ("by Saturday", "by Sunday morning": a weekday after "by" is when a state held, not a horizon)
        const inSentence = dates.filter((d) => d.index < attribAt && !/\b(?:until|till|up to|through)\s+$/i.test(s.text.slice(Math.max(0, d.index - 8), d.index)) &&
          !(/\bby\s+$/i.test(s.text.slice(Math.max(0, d.index - 4), d.index)) && !/day\b/i.test(s.text.slice(d.index, d.end))) &&
          !(/\b(?:an?|the|its|their|his|her)\s+$/i.test(s.text.slice(Math.max(0, d.index - 6), d.index)) && ATTRIB_AFTER.test(s.text.slice(d.end, d.end + 40)) && !namesTrigger(tokens, hits, c, d.end)));
        const outside = inSentence.filter((d) => !inRelativeClause(tokens, d.index, tokStart));
        // (but when the relative clause holds the only date, "Blinken, who landed on Tuesday, was received by…", it is the day)
        // ("agreed to meet again in March": the date after the promised act's "to" is that act's; the promise is dated
        // when it was made, by another date of the sentence or the context)
        const planned = c.type === 'AGREE' ? plannedActAt(tokens, c.hit) : -1;
        const usable = (outside.length ? outside : inSentence).filter((d) => planned < 0 || d.index < planned);
        const own = usable.filter((d) => !clauseBreakBetween(tokens, tokStart, d.index));
        // a promise or threat is dated when it was said: "on Monday sent a letter saying it would charge … from August 1"
        const said = (c.future || c.type === 'THREATEN') ? usable.filter((d) => d.index < tokStart && clauseBreakBetween(tokens, tokStart, d.index)) : [];
        // ("expressed gratitude and recalled that the declaration was signed there in 1991": a date inside a clause
        // reported after the act is that clause's, never the act's)
        const reported = (d: DateMention): boolean => d.index > tokStart &&
          tokens.some((t, k) => t.l === 'that' && t.start > tokStart && t.start < d.index && (Wd.SAY.has(tokens[k - 1]?.l ?? '') || RECALL.has(tokens[k - 1]?.l ?? '')));
        const near = (said.length ? said : own.length ? own : usable.filter((d) => !reported(d))).sort((a, b) => Math.abs(a.index - tokStart) - Math.abs(b.index - tokStart))[0];
        date = near?.date ?? null;
        if (said.length) saidDay = date;
        // (a promise whose sentence dates only the act promised is still told as news of its own: dated when it was
        // made, the statement's day, else the day of the happening it continues, else the story's day)
        if (date === null && planned >= 0 && inSentence.some((d) => d.index >= planned)) {
          const day = carried() ?? st.current?.date;
          date = attribDate ?? (day?.length === 10 ? day : null) ?? doc.date?.slice(0, 10) ?? null;
        }
        dateInSentence = date !== null;
      }
      // "a day earlier", "the same day": counted from the day of the happening being reported
      if (!date && anchor && anchorDay && (anchor.index < attribAt || attribDate === null)) { date = shiftDay(anchorDay, anchor.days); dateInSentence = true; }
      // an announcement is dated when it was made, and a visit under way by the story
      // ("agreed to meet again in Istanbul on 25 October": a date after the story's is the planned act's, not the promise's)
      if (c.type === 'AGREE' && ((c.future && saidDay === null) || (date !== null && doc.date !== null && doc.date !== undefined && date > doc.date.slice(0, 10)))) date = attribDate ?? doc.date ?? date;
      if (!date && c.now && doc.date) date = doc.date.slice(0, 10);
      // "Earlier in the month…", "last week": a time told apart from the happening being reported, at its own precision
      if (!date && doc.date && ELSEWHEN.test(s.text)) date = elsewhen(s.text, doc.date);
      // talks among the parties of the happening being reported continue it: its date, not a date the paragraph named
      // in passing ("congratulating him on his victory in the November 20 election")
      if (!date && c.type === 'CONSULT' && st.current?.date && uniq([...c.actor, ...c.recipient]).every((x) => st.current!.parties.includes(x) || IGO.has(x))) {
        date = st.current.date;
      }
      // ("…sealed in September last year. The embassy also sent a note…": an act told with "also" adds to the last happening
      // dated by its own sentence, not to a past the paragraph named in passing since; its month, the day being untold)
      if (!date && !attribDate && st.lastDay && /\balso\b/i.test(s.text)) {
        const back = carried();
        if (back && back < st.lastDay.slice(0, back.length)) date = st.lastDay.slice(0, 7);
      }
      // else the statement's date, the paragraph's, the happening's this sentence continues, or the month of publication
      date ??= attribDate ?? carried() ?? st.current?.date ?? (doc.date ? doc.date.slice(0, 7) : null);
      // "their second meeting this year": a bare year from a relative phrase yields to a finer date of that year
      if (date && date.length === 4 && !c.future && !s.text.includes(date)) {
        const finer = attribDate ?? carried() ?? st.current?.date ?? (doc.date?.startsWith(date) ? doc.date.slice(0, 7) : null);
        if (finer && finer.length > 4 && finer.startsWith(date)) date = finer;
      }
      // (a date counted back or forward past the spec's four-digit years, from a document dated 1000-01-01 or 9999, is
      // no date at all)
      if (date && !SPEC_DATE.test(date)) date = null;
      // the sum nearest the trigger is the one the signing, pledge or grant carries
      const sum = VALUE_TYPES.has(c.type) ? nearest(money.filter((m) => m.index < attribAt), tokStart) : undefined;
      const value = sum ? { amount: sum.amount, currency: sum.currency } : null;
      // ("a regional climate summit under UN auspices in 2026" in a story of 2024): what is dated after the story was
      // written has not happened; only a commitment is news, dated when it was made
      // (a verb's act dated after the story took a date from another clause: "signed the declaration and agreed that
      // Kazakhstan host the next one in 2025"; it is dated by the story instead)
      if (date && st.ref && c.type !== 'AGREE' && (date.length >= 7 ? date.slice(0, 7) > dayOf(st.ref).slice(0, 7) : date > dayOf(st.ref).slice(0, 4))) {
        if (c.type === 'CONSULT' && c.hit.form === 'noun') continue;
        date = dayOf(st.ref).slice(0, 7);
      }
      const base = {
        doc: doc.id, sentence: s.index, text: s.text, event_type: c.type, mode: c.mode,
        context: contextFor(c.type, s.text, topics ??= topicsOf(s.text)), date, value, cameo: c.cameo,
        span: { start: s.start, end: s.end },
      };
      const pieces: [string[], string[]][] = [];
      // the people met, by state: "met President Tokayev, the former president Nazarbayev and Foreign Minister
      // Tileuberdi" is one meeting with each (spec rule 2), and a meeting with another person of the same visit is news
      const people = c.type === 'CONSULT' && (c.mode === null || c.mode === 'visit') && !c.future ? peopleMet(tokens, resolved, c, attrib, hits) : null;
      const listed = people?.listed;
      if (listed && c.actor.length === 1 && c.recipient.length === 1) for (let k = 0; k < listed.names.length; k++) pieces.push([c.actor, c.recipient]);
      else if (c.split === 'mutual' && c.actor.length === 2) { pieces.push([[c.actor[0]!], [c.actor[1]!]], [[c.actor[1]!], [c.actor[0]!]]); }
      else if (c.split === 'recipient' && c.recipient.length > 1) for (const r of c.recipient) pieces.push([c.actor, [r]]);
      else if (c.split === 'actor' && c.actor.length > 1) for (const a of c.actor) pieces.push([[a], c.recipient]);
      else pieces.push([c.actor, c.recipient]);
      for (const [pi, piece] of pieces.entries()) {
        let [actor, recipient] = piece;
        let location = c.location;
        // "met the ministers of A, B and C in Astana": each came to the host
        if (c.mode === 'visit' && location && actor.includes(location) && !recipient.includes(location) && recipient.length) {
          [actor, recipient] = [recipient, [location]];
        }
        if (c.mode === 'visit' && recipient.length === 1 && !IGO.has(recipient[0]!)) location = recipient[0]!;
        // a visit with no host and nowhere named, by a party of the happening already being reported, is that visit told
        // again ("He was welcomed at the airport by …"), not a second one
        if (c.type === 'CONSULT' && c.mode === 'visit' && recipient.length === 0 && !location &&
            actor.some((a) => st.current?.parties.includes(a))) continue;
        // (so is one by a party of a visit with a host told in the same sentence: "On the second day of his visit to
        // Germany, Tokayev was received by Steinmeier")
        if (c.type === 'CONSULT' && c.mode === 'visit' && recipient.length === 0 && cands.some((o) => o !== c && o.type === 'CONSULT' &&
            o.mode === 'visit' && o.recipient.length > 0 && [...o.actor, ...o.recipient].some((x) => actor.includes(x)))) continue;
        // "On Wednesday the German president travelled to Aktau": a visitor going on within the host country in the days
        // after arriving continues the visit being reported
        // (talks held on a later day of the visit are news of their own; the journey is not)
        // (a reception by someone named is a meeting: whether it is one told before is for mergeMeetings to say by whom)
        if (c.type === 'CONSULT' && c.mode === 'visit' && c.hit.def.m === 'visit' && !(c.hit.def.rev && people) && !c.future && recipient.length === 1 && st.current && st.current.sentence !== s.index &&
            st.current.location === recipient[0] && sameSet(uniq([...actor, ...recipient]), st.current.parties) &&
            continues(st.current.date, date) && !ALSO.test(s.text)) continue;
        const ev: CodedEvent = { ...base, actor, recipient, location, confidence: confidenceOf(c, actor, recipient, direct, dateInSentence) };
        if (people) {
          const met = new Map(people.byState);
          if (listed && pieces.length === listed.names.length) met.set(listed.code, [listed.names[pi]!]);
          MET.set(ev, met);
        }
        // ("Earlier in the month the Iranian navy hosted…": a time told apart from the story's is another happening, not
        // a restatement, though it has no date of its own)
        if (!dateInSentence && !ELSEWHEN.test(s.text)) st.undated.add(ev);
        out.push(ev);
      }
      // ("described the step as a response to Baku's expulsion of four staff": the earlier act answered is not the deed
      // later sentences' "the move" means)
      const answered = c.hit.form === 'noun' && tokens.slice(Math.max(0, c.hit.start - 5), c.hit.start).some((t, k, a) => RESPONSE_NOUN.has(t.l) && (a[k + 1]?.l === 'to' || a[k + 1]?.l === 'for'));
      if (!answered) st.lastActor = c.actor;
      if (c.recipient.length && !c.future) (st.lastTarget ??= new Map()).set(c.type, c.recipient);
      if (c.actor.length && !c.future && !SPEECH.has(c.type) && !answered) st.lastDeed = c.actor;
      if (c.type === 'SANCTION' && c.mode === 'discontinue' && c.actor.length && c.recipient.length && !c.future) st.lastMeasure = { actor: c.actor, recipient: c.recipient };
      // (a signing is an act that can be welcomed; praise itself is not)
      if (c.actor.length && !c.future && c.type !== 'ACCUSE' && (c.type !== 'SUPPORT' || c.cameo === '057') && c.type !== 'REQUEST' && c.type !== 'CONSULT' && !answered) st.lastAct = c.actor;
      const parties = uniq([...c.actor, ...c.recipient]).filter((x) => !IGO.has(x));
      if (!c.future && FIGHT.has(c.type) && parties.length >= 2) st.lastFight = parties;
      // (the author of the last attack told, or the one accused of it, for a later "condemned the strikes")
      if (!c.future && c.type === 'ASSAULT' && c.actor.length && !c.actor.some((x) => GENERIC.has(x))) st.lastAttacker = [...c.actor];
      if (c.type === 'ACCUSE' && c.mode === 'disapprove' && c.recipient.length && !c.recipient.some((x) => GENERIC.has(x)) &&
          tokens.slice(c.hit.end, Math.min(attrib, c.hit.end + 6)).some((t) => ATTACK_NOUN.has(t.l))) st.lastAttacker = [...c.recipient];
      if (!c.future && c.type === 'ASSAULT') { st.fought = true; if (c.actor.length) st.lastFightBy = c.actor.filter((x) => !GENERIC.has(x)); else st.lastDeedOn = [...c.recipient]; }
      // ("held talks with Tokayev in Astana, after visiting Uzbekistan": a leg told in a subordinate clause beside a main
      // happening is coded, but "the two governments" of later sentences are the main one's)
      const aside = c.type === 'CONSULT' && inAfterClause(tokens, c.hit.start) && cands.some((o) => o !== c && !inAfterClause(tokens, o.hit.start));
      if (aside) continue;
      if (parties.length >= 2) st.lastParties = parties;
      if (dateInSentence && date && date.length === 10 && !c.future) st.lastDay = date;
      // a meeting, visit or call that took place opens the happening later sentences continue
      // (one sentence telling a gathering twice, "hosted his counterparts from A, B and C for the meeting of the
      // heads of state of Central Asia": the fuller party list stands)
      // (a state's talks with an organisation, "Nurtleu met the EU's Kallas", have the organisation as the other side)
      const sides = parties.length === 1 && c.mode !== 'multilateral' ? uniq([...c.actor, ...c.recipient]) : parties;
      // ("On the eve of the summit, the chancellor had been received by Tokayev": talks told as a prelude to the gathering
      // being reported leave it the happening that "the leaders" and "the participants" of later sentences belong to)
      const prelude = st.current?.mode === 'multilateral' && c.mode !== 'multilateral' && PRELUDE.test(s.text) &&
        sides.every((x) => st.current!.parties.includes(x) || !!st.current!.orgs?.includes(x));
      // (a gathering of an organisation with only its host named yet is still the happening: "Leaders of the CIS met
      // in Bishkek")
      const orgGathering = c.mode === 'multilateral' && sides.length === 1 && c.actor.some((x) => IGO.has(x));
      // ("met Taha on the sidelines of his visit to Saudi Arabia": the trip framing this sentence's meeting leaves that
      // meeting the happening "the President" and "the conversation" of later sentences belong to)
      const framing = c.mode === 'visit' && c.hit.form === 'noun' && st.current?.sentence === s.index &&
        (onMargins(tokens, c.hit.start) || TOOK_PLACE_FRAME.has(backgroundFrame(tokens, c.hit.start) ?? ''));
      if (c.type === 'CONSULT' && !c.future && (sides.length >= 2 || orgGathering) && !prelude && !framing &&
          !(st.current?.sentence === s.index && sides.every((x) => st.current!.parties.includes(x)))) {
        st.current = { parties: sides, date, location: c.location ?? (c.mode === 'visit' && c.recipient.length === 1 ? c.recipient[0]! : null), sentence: s.index, mode: c.mode, hosts: c.mode === 'third-party' ? [...c.recipient] : [], orgs: uniq([...c.actor, ...c.recipient]).filter((x) => IGO.has(x)) };
      }
      // "the three governments": the last set of that many parties, whatever they did together (a railway they build)
      if (!c.future && parties.length >= 2 && !sameSet(st.history.at(-1) ?? [], parties)) {
        st.history.push(parties);
        if (st.history.length > 8) st.history.shift();
      }
    }
    return out;
  }

  /**
   * Who an act with no target named in its own clause is aimed at: a state the sentence names beside it ("offered help
   * in developing nuclear energy in Kazakhstan"), else the other side of the happening being reported ("Macron offered
   * France's help" during Tokayev's visit), else the document's focus. A government's act with nobody else in sight is
   * aimed at its own country ("instructed the government to…"), as the spec codes domestic acts. The guess lowers the
   * event's confidence (its recipient is not named directly).
   */
  private impliedTarget(c: Candidate, resolved: Mention[], st: DocState): string[] {
    const other = (x: string): boolean => !!x && !c.actor.includes(x) && !GENERIC.has(x);
    const named = resolved.filter((m) => other(m.code) && m.kind !== 'pronoun' && m.kind !== 'local' &&
      m.kind !== 'other' && m.kind !== 'member' && m.kind !== 'focus' && m.kind !== 'person' &&
      // the venue of an exercise or joint project is not its partner
      !(c.type === 'COOPERATE' && PLACE_PREP.has(m.prep ?? '')));
    const pick = named.find((m) => m.start >= c.hit.end && m.kind !== 'city') ?? named.find((m) => m.kind !== 'city') ?? named[0];
    // "the two neighbours", "the Gulf states": every party one phrase names
    if (pick) return uniq(named.filter((m) => m.start === pick.start).map((m) => m.code));
    // ("Uzbekistan also sent rescuers to the disaster zone": help with no destination named goes where the disaster struck)
    if (c.type === 'AID' && st.stricken && other(st.stricken)) return [st.stricken];
    const cur = st.current?.parties;
    // (an organisation at a meeting of states, "von der Leyen announced a package", acts towards those states)
    if (cur && (c.actor.every((a) => cur.includes(a)) || (c.actor.length === 1 && IGO.has(c.actor[0]!)))) {
      const rest = cur.filter(other);
      if (rest.length) return rest;
    }
    // ("Azerbaijan sent hundreds of rescuers to Kahramanmaras": help to a place the lexicon lacks goes where the help
    // reported before went)
    const lastHelped = c.type === 'AID' ? (st.lastTarget?.get('AID') ?? (st.lastPlace ? [st.lastPlace] : undefined))?.filter(other) : undefined;
    if (lastHelped?.length) return lastHelped;
    if (st.focus && other(st.focus)) return [st.focus];
    return SELF_AIMED.has(c.type) && !IGO.has(c.actor[0]!) && !GENERIC.has(c.actor[0]!) ? [...c.actor] : [];
  }

  private candidate(hit: Hit, hits: Hit[], tokens: Token[], ms: Mention[], attrib: number, consumed: Set<Hit>, st: DocState): Candidate | null {
    const def = hit.def;
    const pre = auxBefore(tokens, hit.start, PLEDGEABLE.has(def.t));
    const nounUse = hit.form === 'noun' || ((hit.form === 'base' || hit.form === 's') && (Wd.DETERMINER.has(tokens[hit.start - 1]?.l ?? '') ||
      (OBJECT_START.has(tokens[hit.start - 2]?.l ?? '') && /^[a-z]+$/.test(tokens[hit.start - 1]?.s ?? '') && !Wd.AUXFILL.has(tokens[hit.start - 1]!.l) && !Wd.FUTURE.has(tokens[hit.start - 1]!.l))));
    // "will not join", "would not recognise", "has no plans to apply": a refusal of cooperation is an event (REJECT);
    // other negated acts ("did not sign") did not happen
    // help by hand told from the verb: only helpers come to help ("the minister went to Moscow to help prepare the summit")
    // a list is a visa-free list only where the sentence or the one before speaks of visas
    if (def.p.startsWith('add|include') && !VISA_TALK.test(tokens.map((t) => t.l).join(' ')) && !st.prev.slice(-2).some((p) => VISA_TALK.test(p.text))) return null;
    // a list is a sanctions list only where the sentence or the story before it speaks of sanctions
    if (def.t === 'SANCTION' && def.p.endsWith('** list|lists') && !SANCTIONS_TALK.test(tokens.map((t) => t.l).join(' ')) &&
        !st.sanctionsTalk) return null;
    // ("suggested that Pashinyan should not make hasty decisions": advice to another is no proposal of one's own)
    if (def.p === 'suggest' && tokens.slice(hit.end, attrib).some((t) => t.l === 'should' || t.l === 'must' || t.l === 'ought')) return null;
    if (def.t === 'AID' && def.p.startsWith('cross|come') && !tokens.slice(Math.max(0, hit.start - 8), hit.start).some((t) => HELPERS.has(t.l))) return null;
    // "The convoy, dispatched on the instructions of…", "The cargo … was sent on behalf of…": the cargo the story has
    // reported, named again by its definite noun with no destination of its own, is that help told again
    if (def.t === 'AID' && hit.form === 'noun' && DEFINITE_ARTICLE.has(tokens[hit.start - 1]?.l ?? '') && st.lastTarget?.has('AID') &&
        !ms.some((m) => m.start >= hit.end && (m.prep === 'to' || m.prep === 'for') && m.kind !== 'person')) return null;
    const negated = pre.some((w) => Wd.NEGATION.has(w)) || negatedIntent(tokens, hit.start);
    // ("Armenia did not attend the summit": staying away from a gathering is a refusal to meet; "did not sign" stays a
    // non-event, since a signing not done is often only not yet done)
    const stayedOut = negated && pre.includes('did') && def.t === 'CONSULT' && /attend|participate|take|join/.test(def.p);
    const refusal = negated && COOP_TYPES.has(def.t) && (pre.some((w) => Wd.FUTURE.has(w)) || negatedIntent(tokens, hit.start) || stayedOut);
    // "pledged that the EU would not take measures against…", "said it would not impose sanctions on…": a promise that a
    // blow will not fall is the codebook's verbal concession
    const reassurance = negated && FORBORNE.has(def.t) && pre.some((w) => Wd.FUTURE.has(w));
    if (negated && !refusal && !reassurance) return null;
    // "an appeals court", "the arbitration court": a word naming a court is no act
    // "signed a decree", "signed the law": a domestic act, not an agreement with anyone
    if (def.t === 'SUPPORT' && def.c === '057' && tokens.slice(hit.end, hit.end + 4).some((t) => DOMESTIC_ACT.has(t.l)) &&
        !tokens.some((t) => t.l.startsWith('ratif'))) return null;
    // "condemned what it called a provocation": the quoted label is no act of its own
    if (tokens[hit.start - 2]?.l === 'what' || tokens[hit.start - 1]?.l === 'what' || (tokens[hit.start - 3]?.l === 'what' && Wd.AUXFILL.has(tokens[hit.start - 1]!.l))) return null;
    // "after receiving an appeal from Kyiv", "received proposals": a thing received is no visitor
    if (def.rev && def.m === 'visit' && tokens.slice(hit.end, hit.end + 4).some((t) => RECEIVED_THING.has(t.l))) return null;
    // a habit ("has repeatedly called for") or a forecast ("is expected to sign") reports no happening
    if (isHabit(tokens, hit.start) || isForecast(tokens, hit.start) || forecastCoordinated(tokens, hit.start)) return null;
    // "On the eve of the summit X held talks with Y", "arriving from the forum in St Petersburg", "are expected at the
    // summit": a gathering named as the time frame of another meeting, or only forecast, is not reported here
    if (def.t === 'CONSULT' && def.multi && nounUse && (expectedAt(tokens, hit.start) ||
        (timeFrame(tokens, hit.start) && hits.some((h) => h !== hit && h.def.t === 'CONSULT' && !(h.def.multi && h.form === 'noun'))))) return null;
    // "At a press conference afterwards Scholz said…", "told a news conference": a leader speaking to reporters meets no
    // other party; what he said there is the event
    if (def.t === 'CONSULT' && def.multi && tokens.slice(hit.start, hit.end).some((t, k) => /^conferences?$/.test(t.l) &&
        PRESS.has(tokens[hit.start + k - 1]?.l ?? ''))) return null;
    // "regards the UN as the universal forum for global problems", "serves as a platform for dialogue": a gathering word
    // that says what something is taken for characterises it; nobody met
    if (def.t === 'CONSULT' && def.multi && nounUse && characterised(tokens, hit.start)) return null;
    // "The talks focused on trade", "The talks came on the eve of…": a sentence that opens on the meeting being reported
    // tells more of it, not a second one
    if (def.t === 'CONSULT' && nounUse && st.current && hit.start <= 2 && tokens[hit.start - 1]?.l === 'the' && !def.multi &&
        !ms.some((m) => m.start < hit.start)) return null;
    // "hoped that Tokayev's visit would give fresh impetus to relations": a meeting in a prediction of what it will bring
    if (def.t === 'CONSULT' && nounUse && predicted(tokens, hit.end)) return null;
    // "over a video about the September clashes", "the station's coverage of the fighting": a clash that is what a report
    // or a film is about was told when it happened; here it is a topic
    if ((nounUse || hit.form === 's') && CONFLICT_NOUNS.has(def.t) && reportedTopic(tokens, hit.start)) return null;
    // ("settling a dispute that had led to deadly clashes": a conflict recalled in a relative clause is background)
    if ((nounUse || hit.form === 's') && CONFLICT_NOUNS.has(def.t) && pluperfectRelative(tokens, hit.start)) return null;
    // "asked his guest to pass on his greetings to Xi": a courtesy, not a request
    if (def.t === 'REQUEST' && tokens.slice(hit.end, hit.end + 10).some((t) => GREETINGS.has(t.l))) return null;
    // "briefed his counterpart on the results of his visits to Pyongyang and Hanoi": a meeting whose outcome is the
    // topic was reported when it happened
    if (nounUse && (def.t === 'CONSULT' || def.multi) && outcomeOf(tokens, hit.start)) return null;
    if (inCondition(tokens, hit.start)) return null;
    // "If Kyrgyzstan consents, Kazakhstan will reopen the crossing": the consequent of a condition is no happening either
    if ((tokens[0]?.l === 'if' || tokens[0]?.l === 'unless') && !tokens.slice(0, hit.start).some((t) => t.l === ';')) return null;
    // "…so that same-sex marriage would be banned", "in order to": a purpose, not a happening
    if (tokens.slice(0, hit.start).some((t, k, a) => (t.l === 'so' && a[k + 1]?.l === 'that') || (t.l === 'in' && a[k + 1]?.l === 'order'))) return null;
    if (isModifier(hit, tokens, hits, def.t)) return null;
    // a subordinate "after …" clause behind a main event is background ("expelled inspectors after officials alleged")
    if (inAfterClause(tokens, hit.start) && hits.some((h) => h !== hit && h.start < hit.start && !inAfterClause(tokens, h.start)) &&
        // "… after a phone call with Tokayev and Netanyahu": a call with its own parties is a happening of its own
        !(def.t === 'CONSULT' && (hit.form === 'noun' || hit.form === 'base') && ownParties(tokens, ms, hit)) &&
        // "…, after visiting Uzbekistan earlier in the week", "…, when the German president was visiting Kazakhstan": a
        // visit whose destination the clause names is a leg of the trip, a happening of its own
        !(def.m === 'visit' && (hit.form === 'ing' || hit.form === 'past') && destinationNamed(tokens, ms, hit.end)) &&
        // ("…, after earlier stops in Turkmenistan and Uzbekistan", "after his trip to Moscow last week": so is a trip
        // named by its noun with the place it went to)
        !(def.m === 'visit' && hit.form === 'noun' && tripDestination(tokens, ms, hit.end))) return null;
    if (def.intrans && startsObject(tokens[hit.end])) return null;
    // "Sharon, who has vowed not to return…": a perfect in a clause describing a named party is background, not news
    // ("figures who had called for the rally were detained": a pluperfect describing people is background too)
    if ((hit.form === 'pp' || hit.form === 'past') && tokens[hit.start - 2]?.l === 'who' &&
        ((tokens[hit.start - 1]?.l === 'has' || tokens[hit.start - 1]?.l === 'have') && tokens[hit.start - 3]?.l === ',' ||
         tokens[hit.start - 1]?.l === 'had')) return null;
    // "whom they had taken hostage": the pluperfect recalls an earlier happening
    // ("Before coming to Kazakhstan he had visited Uzbekistan": an act in an opening "before" clause is no main act)
    if ((hit.form === 'pp' || hit.form === 'past') && tokens[hit.start - 1]?.l === 'had' && hits.some((h) => h !== hit && h.start < hit.start && !inAfterClause(tokens, h.start))) return null;
    // a verb's plural used as a noun ("removing the sanctions") or its participle as an adjective ("the alleged
    // violations") is no report of the action
    if (hit.form !== 'noun' && (hit.form === 's' || hit.form === 'base' || hit.form === 'pp' || hit.form === 'past') && def.t !== 'CONSULT' &&
        (OBJECT_START.has(tokens[hit.start - 1]?.l ?? '') || QUANT.has(tokens[hit.start - 1]?.l ?? '') || (nounUse && hit.end - hit.start === 1))) return null;
    // "following the talks, the sides signed", "announced at the summit": a meeting named as the backdrop of
    // another event of the sentence is not reported again, unless it brings its own parties ("after a meeting
    // between their prime ministers")
    let background = false;
    // (a host's verb gives way to the gathering it hosts, "hosted the presidents … for a summit", so it is no main act)
    if ((def.t === 'CONSULT' || def.t === 'AGREE') && (hit.form === 'noun' || hit.form === 'base') && inBackgroundPhrase(tokens, hit.start) &&
        (hits.some((h) => h !== hit && h.start < hit.start && !(def.multi && h.def.rev && h.def.gathers)) ||
         (hits.some((h) => h.start > hit.start && h.def.t !== 'CONSULT') && (def.multi || !ownParties(tokens, ms, hit))))) {
      // "apologised to Aliyev in a telephone call": the call is the channel of the main act, a happening of its own
      // between its parties (unless it restates the call already reported); other backdrops are not reported again
      // a call with its own parties ("after a phone call with Tokayev and Netanyahu") is reported in its own right
      // ("signed … during Rahmon's state visit to Kyrgyzstan": a visit that framed the act took place; it is reported
      // once with its own visitor and host, and a restatement of the visit already told merges into it)
      // (told as the news, before any other happening; later in a story a visit framing an act is its history)
      const framedVisit = def.m === 'visit' && !st.current && st.history.length === 0 && ownParties(tokens, ms, hit) && TOOK_PLACE_FRAME.has(backgroundFrame(tokens, hit.start) ?? '');
      // ("…, after earlier stops in Turkmenistan and Uzbekistan", "during a trip to Baku by the prime minister": a trip
      // named with where it went is a visit of its own, told in passing; a restatement of one already told merges into it)
      // ("met Taha on the sidelines of his visit to Saudi Arabia": so is the trip on whose margins the act was done)
      const tripLeg = def.m === 'visit' && hit.form === 'noun' && tripDestination(tokens, ms, hit.end) &&
        (TOOK_PLACE_FRAME.has(backgroundFrame(tokens, hit.start) ?? '') || onMargins(tokens, hit.start));
      // ("reaffirmed its commitment … at a March 4 meeting with OIC Secretary-General Taha", "made the request at a meeting in
      // Nur-Sultan with his Kazakh counterpart": a meeting named with whom it was with, as where the act was done, took
      // place; told already, it merges into the meeting reported)
      const metAt = def.t === 'CONSULT' && !def.multi && def.m !== 'phone' && hit.form === 'noun' && TOOK_PLACE_FRAME.has(backgroundFrame(tokens, hit.start) ?? '') &&
        ms.some((m) => m.start >= hit.end && m.start <= hit.end + 6 && m.prep === 'with' && m.code && m.kind !== 'city' && m.kind !== 'capital');
      if (def.m !== 'phone' && !framedVisit && !tripLeg && !metAt) return null;
      if (!framedVisit && !tripLeg && !metAt && !ownParties(tokens, ms, hit)) background = true;
    }
    // "advised citizens to refrain from travelling", "was to have attended": nothing happened
    // ("Kazakhstan will refrain from applying for membership": a party's own restraint from cooperating is a refusal)
    const refrainAt = [1, 2, 3].map((k) => hit.start - k).find((j) => REFRAIN.has(tokens[j]?.l ?? ''));
    const refrained = refrainAt !== undefined && COOP_TYPES.has(def.t) && tokens[refrainAt - 1]?.l !== 'to' && !negated;
    if ((refrainAt !== undefined && !refrained) || unrealised(tokens, hit.start)) return null;
    // "the flight recorders would be sent to Brazil for decoding", "samples were flown to Moscow for analysis": a thing
    // sent abroad to be examined or mended is a service bought, not help to the state that receives it
    if (def.t === 'AID' && tokens.slice(hit.end, hit.end + 14).some((t, k, a) => t.l === 'for' && EXAMINED.has(a[k + 1]?.l ?? ''))) return null;
    // "the plane crashed near Aktau, killing 38": deaths in an accident or disaster are no attack
    if (def.t === 'ASSAULT' && tokens.some((t) => DISASTER.has(t.l)) && !tokens.some((t) => WEAPON.has(t.l))) return null;
    // condolences and courtesy messages are not events (the spec): "offered condolences", "conveyed sympathy"
    if (tokens.slice(hit.end - 1, hit.end + 4).some((t) => CONDOLENCE.has(t.l))) return null;
    // "there was no sign that…", "there had been no fighting": nothing happened
    if (tokens.slice(Math.max(0, hit.start - 8), hit.start).some((t, k, a) => t.l === 'no' && (a[k - 1] && (Wd.BE.has(a[k - 1]!.l) || a[k - 1]!.l === 'been')))) return null;
    // "more than 400 suspected militants": a participle describing a noun after a number
    if ((hit.form === 'pp' || hit.form === 'past') && /^\d/.test(tokens[hit.start - 1]?.s ?? '') && !tokens[hit.end]?.punct) return null;
    // "would be decided by the UN leadership": a decision left to others commits nobody
    if (def.t === 'AGREE' && (hit.form === 'pp' || hit.form === 'past') && Wd.BE.has(tokens[hit.start - 1]?.l ?? '')) return null;
    // "support for Seoul's plan to host a summit": another's plan named as a topic is no commitment
    if (tokens[hit.start - 1]?.l === 'to' && INTENT_NOUN.has(tokens[hit.start - 2]?.l ?? '') &&
        (tokens[hit.start - 3]?.l === "'s" || tokens[hit.start - 3]?.l === 'its' || tokens[hit.start - 3]?.l === 'their')) return null;
    // "received no formal notification": nothing was received
    if (tokens[hit.end]?.l === 'no') return null;
    // "are both expected at the summit": a forecast of attendance
    if (def.multi && hit.form === 'noun' && tokens.slice(Math.max(0, hit.start - 5), hit.start).some((t, k, a) => FORECAST.has(t.l) && Wd.BE.has(a[k - 1]?.l ?? a[k - 2]?.l ?? ''))) return null;
    // "EU leaders meeting in Brussels promised Turkey…": the leaders of a body or group met there, a gathering of it
    if (hit.form === 'ing' && def.t !== 'AID' && describesNoun(tokens, hit.start)) return groupMeetingAt(hit, tokens, ms);
    // "endorsed a Saudi initiative offering Israel…": the same, after a main act
    if (hit.form === 'ing' && /^[a-z]+$/.test(tokens[hit.start - 1]?.s ?? '') && !Wd.BE.has(tokens[hit.start - 1]!.l) && !Wd.AUXFILL.has(tokens[hit.start - 1]!.l) &&
        !Wd.CONNECT.has(tokens[hit.start - 1]!.l) && tokens[hit.start - 1]!.l !== 'but' &&
        !Wd.PREPS.has(tokens[hit.start - 1]!.l) && hits.some((h) => h !== hit && h.end <= hit.start) &&
        !(def.m === 'visit' && (tokens[hit.start - 1]!.l === 'after' || tokens[hit.start - 1]!.l === 'before') && destinationNamed(tokens, ms, hit.end))) return null;
    if (isGeneric(hit, tokens, def)) return null;
    // "discussed the upcoming SCO summit": a gathering that is the topic of talks is not itself reported
    if (def.multi && hit.form === 'noun' && hits.some((h) => h !== hit && h.start < hit.start && h.def.topic &&
        !tokens.slice(h.end, hit.start).some((t) => Wd.BOUNDARY.has(t.l) || t.l === ','))) return null;
    // a gathering that was cancelled or postponed did not take place
    if (def.multi && tokens.slice(hit.end, hit.end + 12).some((t) => /^(?:postpone|cancel|call)/.test(t.l) && t.l !== 'called')) return null;
    // "hosted the SCO summit", "hosted talks between": the gathering or the mediation is the event
    if (def.rev && def.m === 'visit' && hits.some((h) => h !== hit && !consumed.has(h) && (h.def.multi || h.def.med) && h.start > hit.start && h.start < attrib)) return null;
    // ("an informal summit of the Organization of Turkic States hosted by Prime Minister Orbán": the host of a gathering
    // just named is one of its participants, not a host of visits)
    if (def.rev && def.m === 'visit' && tokens[hit.end]?.l === 'by' &&
        hits.some((h) => h !== hit && h.def.multi && h.end <= hit.start && hit.start - h.end <= 12 &&
          // (", hosted by Xi Jinping and attended by Putin": a participle set off by a comma right after the gathering)
          !tokens.slice(h.end, hit.start - 1).some((t) => t.l === ',' || Wd.BOUNDARY.has(t.l)) && !Wd.BOUNDARY.has(tokens[hit.start - 1]!.l))) return null;
    // a bare infinitive ("the right of troops to fire", "staged a strike to protest") is a purpose, not a happening,
    // unless an aspectual verb makes it one ("continued to welcome", "attempted to assassinate")
    if (tokens[hit.start - 1]?.l === 'to' && hit.form === 'base' && !intentBefore(tokens, hit.start) &&
        !transparentBefore(tokens, hit.start) && !ordinalBefore(tokens, hit.start) && !cameToJoin(tokens, hit.start, def.t) &&
        // ("camped out in the square to protest against the vote": a crowd's purpose to protest is the protest, unless
        // the protest was already told: "staged a strike to protest")
        !(PURPOSE_PROTEST.has(tokens[hit.start]!.l) && !hits.some((h) => h !== hit && h.start < hit.start && h.def.t === 'PROTEST')) &&
        // ("phoned Tokayev to thank him": the thanks are what the call carried, said in it)
        !(MESSAGE_TRIGGER.test(def.p) && hits.some((h) => h.def.t === 'CONSULT' && h.end <= hit.start))) return null;
    // "was received by X", and the reduced "a series hosted by X"
    // ("agreements signed during the visit are worth $3 billion": a signing told in a reduced relative, agentless)
    const passive = !nounUse && (hit.form === 'pp' || hit.form === 'past') &&
      (pre.some((w) => Wd.BE.has(w)) || (tokens[hit.end]?.l === 'by' && !Wd.HAVE.has(tokens[hit.start - 1]?.l ?? '') && !tokens[hit.start - 1]?.cap) ||
       // ("wheat sent by Uzbekistan as humanitarian aid": a phrase whose verb is followed at once by its agent, a party)
       (hit.end > hit.start + 1 && tokens[hit.start + 1]?.l === 'by' && ms.some((m) => m.start === hit.start + 2 || (m.start === hit.start + 3 && tokens[hit.start + 2]?.l === 'the')) &&
         !Wd.HAVE.has(tokens[hit.start - 1]?.l ?? '') && !tokens[hit.start - 1]?.cap) ||
       (def.t === 'SUPPORT' && SIGNED_THINGS.has(tokens[hit.start - 1]?.l ?? '')));
    // "He was joined by Putin, Lukashenko and …": company kept at a gathering, told in the passive, is attendance (read
    // over the document), not the joining of an organisation; one joins a body, one is joined only by people
    if (def.t === 'SUPPORT' && def.p === 'join' && passive) return null;
    // ("the host Sooronbay Jeenbekov", "host Kazakhstan": the noun labels a party of a gathering told elsewhere; it
    // reports no visit of its own)
    if (def.p === 'host' && nounUse) return null;
    let future = pre.some((w) => Wd.FUTURE.has(w)) || intentBefore(tokens, hit.start) || (def.multi && hit.form === 'noun' && futureGoverned(tokens, hit.start)) ||
      (nounUse && upcoming(tokens, hit.start)) || willBeHeld(tokens, hit.end);
    const hypo = pre.some((w) => Wd.HYPO.has(w));
    if (def.ahead && !future && !hypo) return null;
    const poss = nounUse ? possessor(tokens, ms, hit.start) : [];
    // a present-tense or bare noun trigger in commentary is no event unless the sentence is anchored in time or attributed
    const anchored = attrib < tokens.length || isAnchored(tokens);
    // ("is on a working visit to Kazakhstan": a visit under way, reported as it happens)
    const now = nounUse && def.t === 'CONSULT' && onVisitNow(tokens, hit.start);
    const progressive = (hit.form === 'ing' && pre.some((w) => Wd.BE.has(w))) || now;
    if (!future && !anchored && !progressive && (hit.form === 'base' || hit.form === 's' || nounUse || hit.form === 'ing')) return null;

    // the clause to the right: where objects and governed infinitives live
    const clauseEnd = clauseEndAfter(tokens, hit.end, attrib, hits, hit, ms);
    // governed infinitive: "agreed to visit X", "threatened to break off relations with Y"
    let inner: Hit | undefined;
    if (def.gov || def.t === 'AGREE' || def.t === 'THREATEN' || def.t === 'REJECT' || def.t === 'REQUEST') {
      // (not across ", and the bloc agreed": a new clause with its own subject is an act of its own)
      inner = hits.find((h) => h !== hit && h.start >= hit.end && h.start < clauseEnd + 6 && !consumed.has(h) && h.start < attrib &&
        !newClauseBetween(tokens, ms, hit.end, h.start) &&
        // ("undertook to pay Moscow toward the cost of bringing troops home": a gerund deep in a phrase of the
        // infinitive's object is no governed act; "agreed on sending troops" is)
        !(h.form === 'ing' && h.start > hit.end + 3 && Wd.PREPS.has(tokens[h.start - 1]?.l ?? '') && tokens[hit.end]?.l === 'to') &&
        // ("agreed to build a railway and signed a memorandum": a finite verb after "and" is a second act, not the infinitive)
        !((h.form === 'past' || h.form === 's') && secondVerb(tokens, hit.end, h.start)) &&
        // ("reaffirmed its commitment to working within the OIC at a March 4 meeting with Taha": a meeting named as where
        // the act was done is no act it governs)
        !(h.form === 'noun' && h.def.t === 'CONSULT' && h.start > hit.end + 1 && TOOK_PLACE_FRAME.has(backgroundFrame(tokens, h.start) ?? '')));
      if (inner) consumed.add(inner);
    }
    const objEnd = inner ? Math.max(clauseEnd, clauseEndAfter(tokens, inner.end, attrib, hits, inner, ms)) : clauseEnd;
    const preps = new Set([...(def.prep ?? []), ...(inner?.def.prep ?? [])]);
    for (const p of def.noPrep ?? []) preps.add('!' + p);
    // "Tokayev met the ambassador and discussed …": a verb after "and" shares the first verb's subject
    let cj = hit.start - 1;
    while (cj >= 0 && (Wd.AUXFILL.has(tokens[cj]!.l) || Wd.BE.has(tokens[cj]!.l))) cj--;
    const coordinated = tokens[cj]?.l === 'and' ? hits.find((h) => h !== hit && h.end <= cj) : undefined;
    // ", accusing it of…": a participial adjunct's subject is the main verb's
    // (the main verb, not a noun of its object: "chose Russia for his first foreign trip, holding talks with Putin")
    // ("signed an order on Thursday imposing tariffs": after a time phrase too)
    const adjunctOf = hit.form === 'ing' && (tokens[hit.start - 1]?.l === ',' || timeAdverb(tokens, hit.start - 1)) ?
      hits.filter((h) => h !== hit && h.end <= hit.start && h.form !== 'noun' && !consumed.has(h)).at(-1) : undefined;
    // ('"We want respect," he told Putin, urging Russia…': after a verb of saying, the adjunct is the speaker's)
    const saidBefore = hit.form === 'ing' && tokens[hit.start - 1]?.l === ',' && !adjunctOf ?
      lastIndexBefore(tokens, hit.start - 1, (t) => Wd.SAY.has(t.l)) : -1;
    const sayClause = saidBefore > 0 && !tokens.slice(saidBefore + 1, hit.start - 1).some((t) => t.l === ',' || Wd.BOUNDARY.has(t.l)) ? saidBefore : -1;
    let subj = poss.length ? poss : coordinated ? subjectOf(coordinated.start, tokens, ms, hits) :
      adjunctOf ? subjectOf(adjunctOf.start, tokens, ms, hits) : sayClause > 0 ? subjectOf(sayClause, tokens, ms, hits) : subjectOf(hit.start, tokens, ms, hits);
    // ("phoned Tokayev to thank him": the caller thanks, not the one called)
    const carrier = tokens[hit.start - 1]?.l === 'to' && MESSAGE_TRIGGER.test(def.p) ? hits.find((h) => h.def.t === 'CONSULT' && h.end <= hit.start - 1) : undefined;
    if (carrier) subj = subjectOf(carrier.start, tokens, ms, hits);
    // ("Tokayev met Taha on the sidelines of his visit to Saudi Arabia": "his" trip, framing the act, is its subject's)
    if (def.m === 'visit' && hit.form === 'noun' && HIS.has(tokens[hit.start - 1]?.l ?? '') && onMargins(tokens, hit.start)) {
      const holder = ms.find((m) => m.kind === 'person' && m.code && m.prep === null && m.end <= hit.start);
      if (holder) subj = [holder.code];
    }
    if (subj.length === 0 && inAfterClause(tokens, hit.start) && hits.some((h) => h.start < hit.start)) {
      // "…, after a phone call with Tokayev and Netanyahu": the call's other party is the main clause's subject
      const main = hits.find((h) => h.start < hit.start);
      // ("held talks in Astana on Friday, after visiting Uzbekistan": the visitor of the leg is the sentence's subject)
      const leg = def.m === 'visit' && ((hit.form === 'ing' && destinationNamed(tokens, ms, hit.end)) || (hit.form === 'noun' && tripDestination(tokens, ms, hit.end)));
      if (!(def.t === 'CONSULT' && (nounUse || leg) && main && (leg || ownParties(tokens, ms, hit)))) return null;
      // the sentence's subject, who reports the call ("Trump announced …, after a phone call with …")
      const first = ms.find((m) => m.start < main.start && m.prep === null && m.kind !== 'city' && m.code);
      // ("Kazakhstan was the second country Japarov visited, after his trip to Moscow": "his" trip is the last person's)
      const owned = hit.form === 'noun' && (HIS.has(tokens[hit.start - 1]?.l ?? '') || HIS.has(tokens[hit.start - 2]?.l ?? ''));
      const holder = owned ? ms.filter((m) => m.kind === 'person' && m.code && m.end <= hit.start).at(-1) : undefined;
      subj = holder ? [holder.code] : first ? [first.code] : [];
    }
    if (subj.length === 0) {
      // "X was indicted … and will resign": a coordinated verb shares the first verb's subject
      let j = hit.start - 1;
      while (j >= 0 && (Wd.AUXFILL.has(tokens[j]!.l) || Wd.BE.has(tokens[j]!.l))) j--;
      const prevHit = hits.find((h) => h.end <= j);
      // ("spoke by phone with Rahmon, thanked Tajikistan for its support and said…": a list of verbs is joined by commas too)
      if ((tokens[j]?.l === 'and' || (tokens[j]?.l === ',' && j === hit.start - 1 && hit.form === 'past')) && prevHit) subj = subjectOf(prevHit.start, tokens, ms, hits);
      else if (Wd.TRANSPARENT.has(tokens[j]?.l ?? '') || tokens[j]?.l === 'to') subj = subjectOf(j, tokens, ms, hits);
    }
    // "met on the sidelines of the UN General Assembly": the gathering beside which they met is a venue, not the
    // person met
    const objMs = def.t === 'CONSULT' ? ms.filter((m) => !inBackdrop(tokens, m.start)) : ms;
    let obj = objectOf(hit.start + 1, objEnd, objMs, preps, passive, tokens, def.noDirect);
    // "froze its participation in the CSTO, accusing it of…": the adjunct's pronoun is what the main verb acted on
    if (adjunctOf && OBJECT_PRONOUN.has(tokens[hit.end]?.l ?? '')) {
      const acted = ms.filter((m) => m.start >= adjunctOf.end && m.start < hit.start && m.kind !== 'city' && m.kind !== 'pronoun' && m.kind !== 'focus' && !subj.includes(m.code)).at(-1);
      if (acted) obj = [acted.code];
    }
    // "ordered former president Carlos Menem to…": an office-holder the lexicon does not know, right after the verb,
    // is taken to serve the actor's own state
    if (!passive && !def.rev && titledUnknown(tokens, inner ? inner.end : hit.end, ms)) obj = [];
    let agent = passive ? byAgent(hit.start + 1, objEnd, tokens, ms) : []; // a gap pattern may hold the by-phrase
    // "was added to the EU sanctions list", "was removed from the US Treasury's list": the list's keeper acted
    if (passive && agent.length === 0 && (def.t === 'SANCTION' || def.t === 'CONCEDE')) agent = listKeeper(hit.start + 1, objEnd, tokens, ms);
    let type: EventType = def.t;
    let mode: string | null = def.m ?? null;
    let cameo: string | null = def.c ?? null;
    // "the alliance would send collective peacekeeping forces to Kazakhstan": peacekeepers sent are help, not a threat
    if (type === 'MOBILIZE' && tokens.some((t) => t.l.startsWith('peacekeep'))) { type = 'AID'; mode = null; cameo = '074'; }
    // "2,000 troops from Russia arrived in the country", "a team of rescuers arrived": units that arrive do not visit;
    // troops invited or sent as peacekeepers, and rescuers, are help
    if (type === 'CONSULT' && mode === 'visit' && !def.rev && tokens.slice(Math.max(0, hit.start - 16), hit.start).some((t) => ARRIVING_UNITS.has(t.l))) {
      const helpers = tokens.slice(Math.max(0, hit.start - 16), hit.start).some((t) => RESCUERS.has(t.l)) ||
        tokens.some((t) => t.l === 'request' || t.l.startsWith('peacekeep'));
      if (helpers) { type = 'AID'; mode = null; cameo = '07'; } else { type = 'MOBILIZE'; mode = 'troops'; cameo = '150'; }
    }
    // "the ministers called on Prime Minister Modi": calling on a person with nothing asked of them is a courtesy visit
    if (def.p === 'call on|upon' && hit.form !== 'noun' && !tokens.slice(hit.end, attrib).some((t) => t.l === 'to' || t.l === 'for' || t.l === 'that') &&
        ms.some((m) => m.start === hit.end || (m.start > hit.end && m.start <= hit.end + 3 && m.kind === 'person'))) {
      type = 'CONSULT'; mode = 'visit'; cameo = '042';
    }
    if (def.objActor) {
      // "a tour that also took Cameron to Tajikistan, Kyrgyzstan and Mongolia": one visit by him to each
      const visitor = ms.find((m) => m.start >= hit.end && m.prep === null && m.kind !== 'city');
      const firstTo = ms.find((m) => visitor && m.start > visitor.start && m.prep === 'to');
      const places = firstTo ? firstGroup(ms.filter((m) => m.start >= firstTo.start && m.kind !== 'city'), tokens) : [];
      if (!visitor || !places.length) return null;
      return { hit, type, mode, cameo, actor: [visitor.code], recipient: places.filter((p) => p !== visitor.code), location: null, future: false, split: 'recipient' };
    }
    // "welcomed Iran's acceptance of…", "hailed Baku's decision": welcoming another's act is approval, not hosting
    if (def.rev && def.m === 'visit' && !passive) {
      const first = ms.find((m) => m.start >= hit.end && m.start < objEnd);
      // (the possessor opens the object: "received Sheikh Suroor, a member of Abu Dhabi's ruling family" receives a guest)
      if (first && first.start <= hit.end + 1 && tokens[first.end]?.l === "'s" && !Wd.ROLE.has(tokens[first.end + 1]?.l ?? '') && !PERSON_NOUN.has(tokens[first.end + 1]?.l ?? '')) {
        return { hit, type: 'SUPPORT', mode: null, cameo: '051', actor: subj, recipient: [first.code], location: null, future: false, split: null };
      }
    }
    let location = locationOf(tokens, ms, attrib);
    let split: Candidate['split'] = null;

    let actor: string[];
    let recipient: string[];
    // the target is a person of the actor's own state the lexicon does not know ("accused journalist X of…")
    let ownPerson = false;
    if (def.multi) {
      // a gathering: every state named in the sentence (outside places and the attribution) takes part
      // ("the C5+1 summit, held on the sidelines of the UN General Assembly": the gathering it was held beside is its
      // backdrop, and that gathering's organisation no party of it)
      const parts = uniq(ms.filter((m) => m.start < attrib && (!m.prep || m.prep === 'of' || m.prep === 'by' || m.prep === 'with' || m.prep === 'from' || m.prep === 'between' || m.prep === 'among') && !(m.kind === 'city') &&
        !(m.start > hit.end && inBackdrop(tokens, m.start))).map((m) => m.code));
      const host = nameHost(tokens, ms, hit) ?? location;
      if (host && !parts.includes(host) && (ms.some((m) => m.code === host && m.prep === null) || nameHost(tokens, ms, hit))) parts.push(host);
      if (parts.length === 0 && st.focus && location === st.focus) parts.push(st.focus);
      // (an exercise "of the CSTO" held by five of its members is theirs: the states act, not the organisation)
      actor = def.t === 'COOPERATE' && parts.filter((x) => !IGO.has(x)).length >= 2 ? parts.filter((x) => !IGO.has(x)) : parts;
      recipient = [];
      location = host ?? location;
      if (def.t === 'AGREE') { future = true; }
      else if (future) {
        type = 'AGREE'; mode = null; cameo = '036';
        // "Hungary will host the organisation's next summit": one state's undertaking to the organisation
        const states = actor.filter((x) => !IGO.has(x));
        if (states.length === 1 && actor.length > 1 && tokens.slice(0, hit.end).some((t) => t.l === 'host' || t.l === 'hosts')) {
          recipient = actor.filter((x) => IGO.has(x)); actor = states;
        }
      }
    } else if (def.med && tokens[hit.end]?.l === 'by') {
      // "an exchange mediated by the UAE", "talks were brokered by Qatar": the agent hosts, the parties named before negotiate
      const host = byAgent(hit.end, attrib, tokens, ms);
      const parties = uniq(ms.filter((m) => m.start < hit.start && m.kind !== 'city' && m.code && !host.includes(m.code) && !IGO.has(m.code)).map((m) => m.code));
      if (host.length === 0 || parties.length < 2) return null;
      actor = parties;
      recipient = host;
      location = host[0] ?? location;
    } else if (def.med) {
      const host = subj.length ? subj : (location ? [location] : []);
      // (the clause first: "between the Emirates and Saudi Arabia, whose ties were strained by Riyadh's friendship with
      // Tehran" mediates between two; only when it names fewer than two sides are they looked for further on: "the
      // Astana Process for Syria, which facilitated dialogue among Russia, Turkey and Iran")
      const sides = (end: number): string[] => uniq(ms.filter((m) => m.start >= hit.end && m.start < end && m.kind !== 'city').map((m) => m.code)).filter((c) => !host.includes(c));
      const inClause = sides(Math.min(objEnd, attrib));
      const parties = inClause.length >= 2 ? inClause : sides(attrib);
      if (parties.length === 0) return null;
      actor = parties;
      recipient = host;
      location = host[0] ?? location;
    } else {
      const reverse = !!def.rev !== passive;
      if (passive) {
        actor = def.rev ? subj : agent;
        recipient = def.rev ? agent : subj;
      } else if (reverse) {
        actor = obj;
        recipient = subj;
      } else {
        actor = subj;
        recipient = obj;
      }
      if (nounUse && (def.t === 'CONSULT')) {
        // "visits from X", "a visit by X to Y", "X's visit to Y"
        // "the visit of X to Y": of names the visitor when a destination follows
        const ofTo = (m: Mention): boolean => m.prep === 'of' && ms.some((x) => x.prep === 'to' && x.start > m.end && x.start < objEnd);
        // "During a visit to Astana, the British Foreign Secretary…", "A week after his trip to the Kremlin, the Kyrgyz
        // president…": in an opening phrase the visitor is the main clause's subject, and the phrase ends at its comma
        const openingPhrase = (hit.start <= 4 && Wd.PREPS.has(tokens[0]!.l)) ||
          (inAfterClause(tokens, hit.start) && !tokens.slice(0, hit.start).some((t) => t.l === ',' || t.l === ';'));
        const opening = openingPhrase ? tokens.findIndex((t, k) => k > hit.end && t.l === ',') : -1;
        const phraseEnd = opening > 0 ? Math.min(opening, objEnd) : objEnd;
        const from = firstGroup(ms.filter((m) => m.start >= hit.end && m.start < phraseEnd && (m.prep === 'from' || m.prep === 'by' || ofTo(m))), tokens);
        const to = firstGroup(ms.filter((m) => m.start >= hit.end && m.start < phraseEnd && (m.prep === 'to' || m.prep === 'of' || m.prep === 'with' || m.prep === 'between' || m.prep === null)), tokens);
        const mainSubj = opening > 0 ? firstGroup(ms.filter((m) => m.start > opening && m.prep === null && m.kind !== 'city'), tokens) : [];
        // "Schroeder endorsed Turkey's bid during a two-day visit to Ankara": so is the subject of the act the visit frames
        const framing = mainSubj.length ? undefined : actFramedBy(tokens, hits, hit);
        const actSubj = framing ? subjectOf(framing.start, tokens, ms, hits).filter((x) => !to.includes(x)) : [];
        // ("Tokayev came to Tashkent after official visits to Russia and France": a trip in a trailing "after" clause is
        // the main clause's subject's, the first name with no preposition before the clause)
        const afterAt = mainSubj.length || actSubj.length || subj.length || !inAfterClause(tokens, hit.start) ? -1 : lastIndexBefore(tokens, hit.start, (t) => AFTER.has(t.l));
        const clauseSubj = afterAt > 0 ? firstGroup(ms.filter((m) => m.end <= afterAt && m.prep === null && m.kind !== 'city' && !to.includes(m.code)), tokens) : [];
        if (from.length) { actor = from; recipient = subj.length ? subj : location ? [location] : st.focus && !from.includes(st.focus) ? [st.focus] : []; split = 'actor'; }
        else if (poss.length) { actor = poss; recipient = to; }
        else if (to.length && mainSubj.length) { actor = mainSubj; recipient = to; }
        else if (to.length && actSubj.length && !subj.length) { actor = actSubj; recipient = to; }
        else if (to.length && subj.length) { actor = subj; recipient = to; }
        else if (to.length && clauseSubj.length) { actor = clauseSubj; recipient = to; }
        else if (to.length && st.focus && !to.includes(st.focus)) { actor = [st.focus]; recipient = to; }
        else if (to.length) { actor = to; recipient = []; }
      }
      if (def.t === 'CONSULT' && def.m === 'visit' && reverse && !passive && actor.length > 1) split = 'actor';
      // "Xi, Lula and Vučić were in Moscow for the parade", "the leaders of A and B arrived in Ankara": several leaders
      // who travel to one host each visit it, unless what they came for is a gathering of theirs ("were in Samarkand
      // for a summit"), which is one multilateral meeting with the host
      if (type === 'CONSULT' && mode === 'visit' && !reverse && !passive && !nounUse && JOURNEY.test(def.p) && recipient.length === 1 &&
          actor.filter((a) => !IGO.has(a) && !recipient.includes(a)).length > 1) {
        // (travellers that include the host or an organisation are its members coming together: "the heads of state who
        // travelled to Ankara" for the organisation's summit)
        if (gatheringPurpose(tokens, hit, attrib) || actor.some((a) => IGO.has(a) || recipient.includes(a))) {
          mode = 'multilateral'; location = recipient[0]!; actor = uniq([...actor, ...recipient]); recipient = []; cameo = '043';
        } else split = 'actor';
      }
      // a host receiving the leaders of several states holds a gathering, not a row of visits
      // (receiving or welcoming guests is a gathering only when the sentence names one: "welcomed the leaders … to the
      // Consultative Meeting"; "welcomed leaders, including visits from …" were separate visits)
      if (def.gathers && !passive && !nounUse && uniq(actor).filter((c) => !IGO.has(c)).length >= 2 && recipient.length === 1 &&
          (def.p.startsWith('host') || hits.some((h) => h.def.multi || /^(?:meeting|summit|forum|conference)s?$/.test(tokens[h.start]?.l ?? '')))) {
        mode = 'multilateral'; location = recipient[0]!; actor = uniq([...recipient, ...actor]); recipient = []; split = null;
      }
      // "the heads of state of the SCO met in the Kazakh capital, with the leaders of China and Russia attending": an
      // organisation does not visit; its members meet, and every state the sentence names takes part
      // (an organisation's official does visit: "Michel held talks with Tokayev in Astana")
      // ("under the chairmanship of President Tokayev, with the presidents of Russia and Belarus attending": a chair
      // named beside several member states is the host of the session, not an official the organisation visits)
      const attending = def.t === 'CONSULT' && actor.length && actor.every((a) => IGO.has(a)) ?
        uniq(ms.filter((m) => m.code && !IGO.has(m.code) && PARTY_KINDS.has(m.kind) && m.start < attrib).map((m) => m.code)) : [];
      // ("The leaders of the Eurasian Economic Union met in Kazakhstan's capital, the first such summit hosted by
      // Tokayev", "The leaders of the SCO met by video link, with Putin chairing from Moscow": a subject that names the
      // organisation's members met as them, whoever hosted or chaired)
      const membersMet = def.t === 'CONSULT' && !nounUse && ms.some((m) => actor.includes(m.code) && IGO.has(m.code) && m.end <= hit.start &&
        memberFrame(tokens, m.start, m.end));
      if (def.t === 'CONSULT' && !def.rev && !passive && actor.length && actor.every((a) => IGO.has(a)) && (recipient.length || location) &&
          !ms.some((m) => m.kind === 'person' && actor.includes(m.code)) &&
          (attending.length >= 3 || membersMet || !ms.some((m) => m.kind === 'person' && recipient.includes(m.code)))) {
        const states = attending;
        mode = 'multilateral'; actor = uniq([...actor, ...recipient, ...(location ? [location] : []), ...states]); recipient = []; split = null;
      }
      if (def.rev && def.m === 'visit' && actor.length && actor.every((a) => IGO.has(a)) &&
          !ms.some((m) => m.kind === 'person' && m.start >= hit.end && m.start < objEnd)) return null;
      // "a phone call with Tokayev and Netanyahu" is one call among them; "separate calls with …" one each
      const joint = nounUse && def.m !== 'visit' && !/s$/.test(tokens[hit.end - 1]?.l ?? '') && !tokens.some((t) => SEPARATE.has(t.l));
      if (def.t === 'CONSULT' && recipient.length > 1 && split === null && joint) { actor = uniq([...actor, ...recipient]); recipient = []; }
      if (def.t === 'CONSULT' && recipient.length > 1 && split === null) split = 'recipient';
      // co-hosts with no named guest: a meeting among the hosts
      if (def.rev && def.m === 'visit' && actor.length === 0 && recipient.length >= 2) { actor = recipient; recipient = []; mode = null; }
      // visa regimes and other exchanges with several partners: one event per partner
      if (def.t === 'COOPERATE' && recipient.length > 1 && split === null) split = 'recipient';
      // "Kazakhstan signed agreements with Qatar and Oman": several documents with a list of partners are one signing
      // per partner (one agreement "with Qatar and Oman" is a single act among the three)
      if (def.t === 'SUPPORT' && def.c === '057' && !passive && !nounUse && recipient.length > 1 && split === null &&
          tokens.slice(hit.end, Math.min(objEnd, hit.end + 6)).some((t) => PLURAL_DOCS.has(t.l)) &&
          ms.some((m) => m.prep === 'with' && m.start > hit.end && recipient.includes(m.code))) split = 'recipient';
      if (def.needObj && !passive && obj.length === 0 && CONFLICT_NOUNS.has(def.t)) {
        // "drones struck a pumping station in Russia's Krasnodar region": the place's state is the target
        // ("shelled the airport of the town of Batken": a place told by "of" too)
        const place = ms.find((m) => m.start >= hit.end && m.start < objEnd && m.prep !== null && (Wd.LOCATIVE.has(m.prep) || m.prep === 'of') && m.prep !== 'by' && PLACE_KINDS.has(m.kind) && !actor.includes(m.code));
        if (place) { obj = [place.code]; recipient = obj; }
        // ("Russian artillery pounded Grozny", "shelled villages in Chechnya": a place of the attacker's own state)
        else if (attackAtHome(def.t, actor)) {
          const home = ms.find((m) => m.start >= hit.end && m.start < objEnd && m.prep !== 'by' && m.prep !== 'from' && PLACE_KINDS.has(m.kind) && m.code === actor[0]);
          if (home) { obj = [home.code]; recipient = obj; }
        }
      }
      // "Peacekeepers of the CSTO began leaving", "troops from Russia left": forces named first are whose the names in
      // their own phrase say
      // (so are helpers named first: "a team of Uzbek emergency workers crossed into Maktaaral to help")
      if (actor.length === 0 && hit.form === 'noun' && (FORCES.has(tokens[hit.start]!.l) || (def.t === 'AID' && HELPERS.has(tokens[hit.start]!.l)))) {
        actor = firstGroup(ms.filter((m) => m.start > hit.start && m.start < hit.end && (m.prep === null || m.prep === 'of' || m.prep === 'from') && m.kind !== 'city'), tokens);
        // (and what they left or reached comes after the verb)
        if (actor.length) { obj = objectOf(hit.end, objEnd, objMs, preps, passive, tokens, def.noDirect).filter((c) => !actor.includes(c)); recipient = obj; }
      }
      // "a convoy of aid left Kyrgyzstan for the flood-stricken regions of Kazakhstan": the place left is where the help
      // comes from, the place it left for is where it goes
      const left = def.from && def.t === 'AID' ? departure(tokens, ms, hit.end) : null;
      if (left) { actor = [left.from]; recipient = [left.to]; }
      if (def.ofActor) {
        const fromAt = tokens.findIndex((t, k) => k > hit.start && k < hit.end && t.l === 'from');
        const of = firstGroup(ms.filter((m) => m.start > hit.start && m.start < fromAt && m.kind !== 'city'), tokens);
        const from = ms.find((m) => m.start > fromAt && m.start < hit.end && !of.includes(m.code));
        if (of.length && from) { actor = of; recipient = [from.code]; }
      }
      if (def.from && actor.length === 0) actor = firstGroup(ms.filter((m) => m.start > hit.start && m.start < objEnd && (m.prep === 'from' || m.prep === 'by') && m.kind !== 'city'), tokens);
      // "the three were released after questioning": people freed with nobody named were freed by the state they are in
      if (passive && def.t === 'RETREAT' && def.m === 'release' && agent.length === 0 && subj.length === 0 && releasedPeople(tokens, hit.start)) {
        const here = location ?? st.home ?? st.focus;
        if (here) { subj = [here]; recipient = [here]; }
      }
      // ("the services of the two countries are cooperating": a joint subject needs no object)
      if (def.nextObj && !ms.some((m) => m.code && (m.start === hit.end || (m.start === hit.end + 1 && Wd.DETERMINER.has(tokens[hit.end]?.l ?? ''))))) return null;
      if (def.needObj && (passive ? agent.length === 0 && subj.length === 0 : obj.length === 0) && !(nounUse && def.t === 'CONSULT') &&
          !(def.t === 'COOPERATE' && uniq(actor).length >= 2) &&
          // ("intended to act as harshly as possible against those behind the unrest": an intent to use force is a threat
          // aimed at home when nobody else is named)
          !(inner && inner.def.self && def.t === 'AGREE' && !COOP_TYPES.has(inner.def.t))) return null;
      if (!passive && !def.rev && titledUnknown(tokens, inner ? inner.end : hit.end, ms) && subj.length && !recipient.length) { recipient = [...subj]; ownPerson = true; }
      // "accused journalist Ulfatkhonim Mamadshoeva of…", "freed opposition leader X": a person the lexicon does not know,
      // named without a state, is the actor's own
      if (!passive && recipient.length === 0 && subj.length && DOMESTIC_TYPES.has(def.t) && unknownPersonAfter(tokens, hit.end, ms)) { recipient = [...subj]; ownPerson = true; }
    if (def.self && actor.length === 0 && recipient.length > 0 && recipient.length <= 2) actor = [location ?? recipient[0]!];
      if ((def.self || (inner?.def.self && def.t === 'AGREE' && !COOP_TYPES.has(inner.def.t))) && recipient.length === 0) recipient = location && !actor.includes(location) && !IGO.has(actor[0] ?? '') ? [location] : actor;
      // "24 citizens had been killed", "dozens of soldiers were reported killed": a casualty count of fighting already
      // reported is a tally, not a new attack
      // ("37 civilians were killed during the week of clashes": the fighting the tally belongs to is named in the sentence)
      const tally = passive || (tokens[hit.start - 1]?.l === 'reported' && Wd.BE.has(tokens[hit.start - 2]?.l ?? ''));
      if (tally && agent.length === 0 && def.t === 'ASSAULT' && (st.fought || fightNamedAfter(tokens, hit.end))) return null;
      if (passive && !def.rev && agent.length === 0 && (def.t === 'ASSAULT' || def.t === 'COERCE' || (def.t === 'RETREAT' && def.m === 'release')) && recipient.length) {
        // "three servicemen were killed outside Basra": the attack came from where it happened, if that is elsewhere;
        // "the former chairman was detained": an arrest with no agent was made by the state where it happened
        // an attack on a state's own people at home with nobody named ("journalists were attacked by unknown men") is
        // coded to that state, as the codebook codes domestic violence ("was killed in Khorog, police said"); a bombing
        // with nobody named is the mark of an armed group, not of the state ("killed in a car bombing in Baghdad")
        // (and not when another state's forces are named beside it: "were killed when Azerbaijani forces opened fire")
        // (nor when the dead are the state's own forces: "three border guards were killed in Batken" is an enemy's attack
        // not yet named, not the state's act on its own people)
        const home = sameSet(recipient, [location ?? '']) && !tokens.some((t) => BOMBING.has(t.l)) &&
          !tokens.slice(0, hit.start).some((t) => FORCE_VICTIM.has(t.l)) &&
          !ms.some((m) => m.code && m.code !== location && !IGO.has(m.code));
        const from = location && !recipient.includes(location) ? [location] : def.t !== 'ASSAULT' || !location || home ? [location ?? recipient[0]!] : [];
        return { hit, type, mode, cameo, actor: from, recipient: uniq(recipient), location, future, split: null };
      }
      // "a night-time curfew was imposed", "internet access was cut": a domestic act with nobody named is the state's
      // where it happens (the sentence's place, else the dateline's, else the document's focus)
      const here = location ?? (def.self && (passive || def.t === 'MOBILIZE') ? st.home ?? st.focus : null);
      // "two flights carrying medicines for Ukraine left on Monday": aid with no sender named is the reporting state's
      if (actor.length === 0 && def.t === 'AID' && recipient.length && (st.home ?? st.focus) && !recipient.includes((st.home ?? st.focus)!)) actor = [(st.home ?? st.focus)!];
      // ("the curfew in Nukus was lifted": so is the end of a measure at home)
      if (actor.length === 0 && here && (def.t === 'PROTEST' || def.t === 'COERCE' || def.t === 'MOBILIZE' || (def.t === 'ACCUSE' && def.m === 'investigate') ||
          (def.t === 'CONCEDE' && def.self && hit.form === 'noun'))) {
        actor = [here];
        if (recipient.length === 0 && def.self && def.t !== 'MOBILIZE') recipient = [here];
      }
      // a meeting held in one side's country is a visit by the other side
      if (type === 'CONSULT' && mode === null && location && actor.length && recipient.length && !withEnvoy(tokens)) {
        if (recipient.includes(location) && !actor.includes(location)) mode = 'visit';
        else if (actor.includes(location) && !recipient.includes(location)) { mode = 'visit'; [actor, recipient] = [recipient, actor]; }
      }
      // deals secured abroad: the other party is the place
      if ((type === 'SUPPORT' || type === 'COOPERATE') && recipient.length === 0 && location && !actor.includes(location)) recipient = [location];
    }
    if (inner && !def.multi) {
      const innerType = inner.def.t;
      if (def.t === 'AGREE' || (def.gov && def.t !== 'REJECT' && def.t !== 'REQUEST' && def.t !== 'THREATEN')) {
        // "agreed to attack" is a threat; "agreed to visit" an agreement
        // "vowed not to return the Golan": a promise not to act is a refusal
        if (def.t === 'AGREE' && tokens[inner.start - 1]?.l === 'to' && Wd.NEGATION.has(tokens[inner.start - 2]?.l ?? '')) {
          type = 'REJECT'; cameo = '12'; mode = null;
        } else
        // but "agreed to stop all firing" is a declared cessation: the codebook's CONCEDE
        if (!COOP_TYPES.has(innerType) && def.t === 'AGREE' && tokens.slice(hit.end, inner.start).some((t) => STOP.has(t.l))) {
          type = 'CONCEDE'; cameo = '08'; mode = null;
        } else if (!COOP_TYPES.has(innerType) && def.t === 'AGREE') { type = 'THREATEN'; cameo = '130'; mode = null; }
      }
      if (recipient.length === 0) recipient = objectOf(inner.end, objEnd, ms, preps, false, tokens);
      // two sides that agree to stop fighting concede to each other, not to a third
      if (type === 'CONCEDE' && uniq(actor).length >= 2) recipient = [];
    }
    // "deployed in East Timor", "resume attacks in Israel": a country under "in" is the target when nothing else is
    if (recipient.length === 0 && !def.self && !def.multi && !def.med && type !== 'CONSULT' || (recipient.length === 0 && future && !def.multi && !def.med)) {
      const place = ms.find((m) => m.start >= hit.end && m.start < objEnd && (m.prep === 'in' || m.prep === 'at' || namedPlaceIn(tokens, m.start)) && (m.kind === 'country' || m.kind === 'city') && (!actor.includes(m.code) || attackAtHome(type, actor)));
      if (place && ms.filter((m) => m.start >= hit.end && m.start < objEnd).length <= 2) recipient = [place.code];
    }
    const announced = tokens.slice(0, hit.start).some((t) => t.l === 'announced' || t.l === 'announces');
    if (future && type === 'SANCTION' && announced && !tokens.slice(hit.end, attrib).some((t) => t.l === 'unless' || t.l === 'if')) future = false;
    // ("will keep its ban on imports of Russian wheat for another six months": a measure in force, kept, is decided now)
    if (future && type === 'SANCTION' && def.p.startsWith('keep|maintain') && !hypo && !tokens.slice(hit.end, attrib).some((t) => t.l === 'unless' || t.l === 'if')) future = false;
    // ("will not hand them back unless they are wanted": a refusal with an exception is still a refusal)
    if (future && !def.multi && type !== 'REJECT' && tokens.slice(hit.end, attrib).some((t) => t.l === 'unless')) { type = 'THREATEN'; cameo = '13'; mode = null; }
    else if (future && !def.multi) {
      // the codebook: future concessions and retreats keep their type; other future cooperation is a commitment
      // ("Baku will free 32 servicemen"); said as a commitment ("Iran said it would allow access") it is an AGREE
      // a declared (not yet carried out) withdrawal, release or ceasefire is the codebook's CONCEDE
      if (type === 'RETREAT' && (mode === 'withdraw' || mode === 'release' || mode === 'ceasefire' || mode === 'disarm')) { type = 'CONCEDE'; cameo = '08'; mode = null; }
      else if ((type === 'CONCEDE' || type === 'RETREAT') && !tokens.slice(0, hit.start).some((t) => Wd.SAY.has(t.l))) { /* kept */ }
      else if (COOP_TYPES.has(type)) { if (type !== 'AGREE') { type = 'AGREE'; cameo = '03'; mode = null; } }
      else if (type !== 'THREATEN' && type !== 'REQUEST' && type !== 'ACCUSE' && type !== 'REJECT') { type = 'THREATEN'; cameo = '13'; }
    } else if (hypo && !def.multi) {
      if (COOP_TYPES.has(type)) return null;
      if (type !== 'THREATEN' && type !== 'REQUEST' && type !== 'ACCUSE' && type !== 'REJECT') { type = 'THREATEN'; cameo = '13'; }
    }
    // "Khurelsukh will also visit Khiva before leaving", "both presidents are to attend the summit": a trip or meeting
    // on the schedule is no event; announced or confirmed ("will visit Japan in October, the ministry announced") it
    // is a commitment
    // ("…, according to the declaration": a plan the parties' own document states is announced too)
    if (future && def.t === 'CONSULT' && !tokens.some((t, k) => ANNOUNCE.has(t.l) || (t.l === 'according' && tokens.slice(k + 2, k + 6).some((x) => STATED_IN.has(x.l))))) return null;
    // "admitted as the organisation's tenth member": the organisation named inside the phrase is the one joined
    if (type === 'SUPPORT' && !recipient.length && def.p.includes(' member')) {
      const org = ms.find((m) => m.start > hit.start && m.start < hit.end && IGO.has(m.code));
      if (org) recipient = [org.code];
    }
    actor = uniq(actor);
    const hadRecipient = recipient.length > 0;
    // ("accused journalist X and opposition politician Y of organising the protest": the state's own opposition, named in
    // the object, is the accused, as its unknown persons are)
    if (type === 'ACCUSE' && def.p.startsWith('accuse') && !passive && actor.length === 1 && recipient.length === 1 && recipient[0] === actor[0] &&
        ms.some((m) => m.kind === 'local' && m.start >= hit.end && m.start < objEnd && INNER_SIDE.has(tokens[m.start]?.l ?? ''))) ownPerson = true;
    recipient = uniq(recipient).filter((r) => def.self || ownPerson || !(actor.length === 1 && actor[0] === r && type !== 'PROTEST' && type !== 'COERCE' && !(type === 'ACCUSE' && mode === 'investigate') && type !== 'CONCEDE' && type !== 'RETREAT' && type !== 'REQUEST' && type !== 'SUPPORT' && type !== 'ASSAULT' && type !== 'THREATEN' && type !== 'REJECT'));
    // "discussed trade in a phone call": talks held by phone
    if (type === 'CONSULT' && mode === null && tokens.some((t) => t.l === 'phone' || t.l === 'telephone')) mode = 'phone';
    // a meeting of three or more states, not billed as a visit, is a multilateral meeting: one event
    // but one side meeting a list of counterparts ("met the foreign ministers of A, B and C on the sidelines of…")
    // held one meeting each, unless the sentence names the gathering they met at
    const counterparts = type === 'CONSULT' && (mode === null || mode === 'phone') && !def.multi && !passive && actor.length === 1 &&
      recipient.filter((c) => !IGO.has(c)).length >= 2 && !hits.some((h) => h.def.multi && !onSidelines(tokens, h.start));
    // ("held separate talks with the ministers of A, B and C": a meeting with each, even at one gathering; so are
    // "bilateral meetings with the presidents of A, B and C")
    const separate = type === 'CONSULT' && mode !== 'multilateral' && actor.length === 1 && recipient.filter((c) => !IGO.has(c)).length >= 2 &&
      tokens.slice(Math.max(0, hit.start - 2), hit.end + 1).some((t) => t.l === 'separate' || t.l === 'separately' || t.l === 'bilateral' || t.l === 'one-on-one') &&
      !tokens.some((t) => SIDELINES.has(t.l));
    if (counterparts || separate) split = 'recipient';
    else if (type === 'CONSULT' && (mode === null || (mode === 'visit' && def.m !== 'visit')) && !nounUse && !def.perPartner &&
        (uniq([...actor, ...recipient]).filter((c) => !IGO.has(c)).length >= 3 ||
         // "ministers of the SCO, among them Russia's and China's, met": an organisation's meeting
         (mode === null && actor.some((c) => IGO.has(c)) && uniq([...actor, ...recipient]).filter((c) => !IGO.has(c)).length >= 2))) {
      mode = 'multilateral'; actor = uniq([...actor, ...recipient]); recipient = []; split = null;
    }
    // "talks on a peace treaty in Almaty": peace talks between two foreign sides on a third state's soil are hosted by it
    if (type === 'CONSULT' && (mode === null || mode === 'multilateral') && location && !def.multi) {
      const sides = uniq([...actor, ...recipient]).filter((c) => !IGO.has(c));
      if (sides.length >= 2 && !sides.includes(location) && tokens.some((t) => PEACE.has(t.l)) && !hits.some((h) => onSidelines(tokens, h.start))) {
        actor = sides; recipient = [location]; mode = 'third-party'; cameo = '045'; split = null;
      }
    }
    // "pulled out of UNESCO": leaving an organisation is a sanction (mode withdraw), not a troop withdrawal
    if (type === 'RETREAT' && mode === 'withdraw' && recipient.length && recipient.every((r) => IGO.has(r)) &&
        !tokens.some((t) => FORCES.has(t.l))) { type = 'SANCTION'; mode = 'withdraw'; cameo = '16'; }
    // "imposed restrictions on press coverage", "a ban on rallies": a measure against one's own people is coercion
    if (type === 'SANCTION' && mode === 'discontinue' && (recipient.length === 0 || sameSet(recipient, actor)) &&
        tokens.slice(hit.end, objEnd + 1).some((t) => DOMESTIC_TARGET.has(t.l))) { type = 'COERCE'; mode = 'restrict'; cameo = '172'; recipient = [...actor]; }
    // expelling diplomats is a sanction; expelling agencies, journalists or migrants is coercion (deport)
    if (type === 'SANCTION' && mode === 'expel' && !tokens.slice(hit.start, hit.end + 8).some((t) => DIPLOMATIC.has(t.l))) { type = 'COERCE'; mode = 'deport'; cameo = '174'; }
    // a cancelled trip to several countries is one cancellation per country
    if (def.perPartner && recipient.length > 1) split = 'recipient';
    // "supported the membership of Turkmenistan and Uzbekistan in the corridor", "backed the bids of A and B": each
    // state's bid is its own, and backing it is one act of support per state (the body joined is no party to it)
    else if (type === 'SUPPORT' && split === null && recipient.filter((r) => !IGO.has(r)).length > 1 &&
        tokens.slice(hit.end, Math.min(objEnd + 1, hit.end + 3)).some((t) => BID_NOUN.has(t.l))) {
      recipient = recipient.filter((r) => !IGO.has(r));
      split = 'recipient';
    }
    // "5,000 tonnes of flour each to A and B", "for each country", "69 wagons to A and 60 to B": a gift shared out is
    // one gift (or one promise) per recipient; aid to a group with no share named stays one act
    else if ((type === 'AID' || type === 'AGREE') && split === null && recipient.length && distributive(tokens, hit.start, attrib)) {
      // (the share after "and" names its own recipient: "… to Tajikistan and 60 to Kyrgyzstan")
      const gapped = ms.filter((m) => m.start >= hit.end && m.start < attrib && m.code && PARTY_KINDS.has(m.kind) && m.start >= 3 &&
        tokens[m.start - 3]?.l === 'and' && /^\d/.test(tokens[m.start - 2]!.l) && (m.prep === 'to' || m.prep === 'for'));
      recipient = uniq([...recipient, ...gapped.map((m) => m.code)]);
      if (recipient.filter((r) => !IGO.has(r)).length > 1) split = 'recipient';
    }
    // ("received the credentials of the ambassadors of A, B and C": one meeting with each envoy's state)
    else if (def.perPartner && def.rev && actor.length >= 1) {
      // (every state named in the list after it, however the envoys' names part them: "Smita Pant of India, Won Do-young
      // of South Korea and …")
      const envoys = uniq(ms.filter((m) => m.start >= hit.end && m.start < attrib && m.code && PARTY_KINDS.has(m.kind) && !recipient.includes(m.code)).map((m) => m.code));
      if (envoys.length > actor.length) actor = envoys;
      if (actor.length > 1) { split = 'actor'; mode = null; }
    }
    // "both sides accused each other": one event each way
    const pair = uniq([...actor, ...recipient]).filter((c) => !IGO.has(c));
    const eachOther = (t: Token, k: number, a: Token[]): boolean => (t.l === 'each' || t.l === 'one' || (t.l === 'the' && tokens.slice(0, hit.start).some((x) => x.l === 'each'))) &&
      (a[k + 1]?.l === 'other' || a[k + 1]?.l === 'another');
    // ("visit each other's countries without visas": a mutual exchange is one joint act; blows and blame each way are two)
    // (a ratification stays one state's act: "ratified a protocol that lets citizens of A and B visit each other")
    if (type !== 'CONSULT' && pair.length === 2 && tokens.slice(hit.end, objEnd + 1).some(eachOther) && !tokens[hit.start]!.l.startsWith('ratif')) {
      actor = pair; recipient = []; split = COOP_TYPES.has(type) ? null : 'mutual';
    }
    // "Uzbekistan and Kyrgyzstan dispatched rescue teams": each state sent its own help
    // (so is a sanction: "Estonia, Latvia and Lithuania imposed entry bans" is each state's own measure)
    if ((type === 'AID' || (type === 'SANCTION' && !def.multi)) && !passive && split === null && actor.filter((a) => !IGO.has(a)).length > 1) split = 'actor';
    // "Mirziyoyev, Japarov and Rahmon congratulated Putin": thanks and congratulations go each in its own message
    // ("The participants thanked Kazakhstan", "They thanked…": a group named by one phrase speaks in one statement)
    if (type === 'SUPPORT' && MESSAGE_TRIGGER.test(def.p) && !passive && split === null && actor.length > 1 && recipient.length &&
        new Set(ms.filter((m) => m.start < hit.start && actor.includes(m.code) && m.kind !== 'pronoun').map((m) => m.start)).size >= 2) split = 'actor';
    // the only target found was the actor itself: a misparse, not a self-directed event, except in an offer or promise
    // ("Macron offered French support", "offered France's help"), which keeps its actor and finds its partner elsewhere;
    // a measure at home ("a ban on bringing wheat into the country", "instructed the government to…") keeps its actor
    // and names no partner; and a pronoun that came back to the actor ("condemned it", "condemned what it called a
    // provocation") is a target the sentence does not name. Only this rare case pays for the look at the object.
    // "ratified a protocol that lets citizens of Kazakhstan and Uzbekistan stay…": a text whose description names the
    // ratifying state with others is a text with those others
    // ("Uzbekistan ratified it": an "it" read back to the actor names no partner)
    if (type === 'SUPPORT' && cameo === '057' && recipient.every((r) => actor.includes(r)) && actor.length === 1 && !passive) {
      const before = recipient;
      recipient = [];
      const told = ms.filter((m) => m.start >= hit.end && m.start < attrib && m.code && PARTY_KINDS.has(m.kind) && m.kind !== 'pronoun');
      const others = uniq(told.filter((m) => !actor.includes(m.code)).map((m) => m.code));
      if (others.length && told.some((m) => actor.includes(m.code))) recipient = others;
      // ("Uzbekistan ratified it": the text is the one just reported, with the other party of that report)
      const prior = st.lastParties.filter((x) => !actor.includes(x) && !IGO.has(x));
      if (recipient.length === 0 && tokens[hit.start]!.l.startsWith('ratif') && prior.length === 1 && st.lastParties.includes(actor[0]!) &&
          OBJECT_PRONOUN.has(tokens[hit.end]?.l ?? tokens[hit.start + 1]?.l ?? '')) recipient = prior;
      if (recipient.length === 0) recipient = before;
    }
    if (hadRecipient && recipient.length === 0 && type !== 'CONSULT') {
      const inObject = (m: Mention): boolean => m.start >= hit.end && m.start < objEnd;
      const pronounOnly = ms.filter((m) => inObject(m) && actor.includes(m.code)).every((m) => m.kind === 'pronoun');
      const homeOnly = ms.some((m) => (m.kind === 'focus' || m.kind === 'local') && inObject(m));
      const ownAdjective = ms.some((m) => {
        // the word after "French" or after "France's"
        const next = tokens[m.kind === 'adjective' ? m.end : m.end + 1];
        return (m.kind === 'adjective' || (m.kind === 'country' && tokens[m.end]?.l === "'s")) && actor.includes(m.code) && inObject(m) &&
          !next?.cap && !Wd.ROLE.has(next?.l ?? '') && !OFFICES.has(next?.l ?? '');
      });
      // ("promised that Kazakhstan would cut its emissions": the actor's own state, as the subject of the promised clause,
      // commits itself; no one else is named, and the promise has no recipient)
      const ownClause = type === 'AGREE' && /^(?:promise|pledge|vow)/.test(def.p) &&
        ms.some((m) => inObject(m) && actor.includes(m.code) && m.prep === null && Wd.FUTURE.has(tokens[m.end]?.l ?? '')) ||
        // ("confirmed Kazakhstan's readiness for…": the readiness is its possessor's, who is the one committed)
        (type === 'AGREE' && /readiness\|willingness/.test(def.p) && ms.some((m) => m.start > hit.start && m.end < hit.end && tokens[m.end]?.l === "'s"));
      if (!pronounOnly && !(type === 'AGREE' && (ownAdjective || homeOnly || ownClause)) && !(type === 'SANCTION' && homeOnly)) return null;
    }
    // "held joint exercises with Uzbekistan", "set up a joint venture with China", "established relations with Tuvalu":
    // a joint undertaking is done together, one act of both (a regime introduced or oil delivered keeps its direction)
    // (an exercise is joint however the partner is named: "hosted Azerbaijani vessels for a naval exercise")
    // (a trade pact in force binds both its parties, named inside the words that tell it: "Kazakhstan's trade agreement
    // with Singapore entered into force")
    const pact = def.p.startsWith('=free|trade');
    if (type === 'COOPERATE' && recipient.length && !split && (cameo === '062' || ((JOINT_COOP.has(cameo ?? '') || def.p.includes('joint') || pact) &&
        ms.some((m) => m.prep === 'with' && m.start >= (pact ? hit.start : hit.end) && recipient.includes(m.code))))) {
      actor = uniq([...actor, ...recipient]); recipient = [];
    }
    // "Russian gas began flowing to Uzbekistan through Kazakhstan": a flow is the joint work of its source, its
    // destination and the states it crosses
    if (type === 'COOPERATE' && def.flow && recipient.length) {
      const transit = ms.filter((m) => (m.prep === 'through' || m.prep === 'via') && m.start >= hit.end && m.code && PARTY_KINDS.has(m.kind)).map((m) => m.code);
      actor = uniq([...actor, ...recipient, ...transit]); recipient = [];
    }
    // "the Kazakhstan–UK talks took place in London", "the meeting of the Kazakh–Chinese committee": a meeting told as a
    // noun names its two sides in a dashed compound
    if (type === 'CONSULT' && nounUse && uniq([...actor, ...recipient]).length < 2) {
      const near = ms.filter((m) => m.start >= hit.start - 4 && m.end <= hit.end + 6 && m.code && !IGO.has(m.code) && (m.kind === 'country' || m.kind === 'adjective'));
      const pair = near.filter((m, k) => (Wd.DASH.has(tokens[m.end]?.l ?? '') && near[k + 1]?.start === m.end + 1) ||
        (Wd.DASH.has(tokens[m.start - 1]?.l ?? '') && near[k - 1]?.end === m.start - 1));
      if (uniq(pair.map((m) => m.code)).length === 2) { actor = uniq(pair.map((m) => m.code)); recipient = []; split = null; }
    }
    if (type === 'CONSULT' && mode === 'visit' && recipient.length === 0 && location && !actor.includes(location)) recipient = [location];
    // "Welcoming the delegations, …": a visit to nowhere named is no visit, unless the dateline says where it is
    if (type === 'CONSULT' && mode === 'visit' && recipient.length === 0 && split !== 'actor' && !(def.rev && hit.form !== 'ing')) {
      if (st.home && !actor.includes(st.home)) recipient = [st.home];
      else return null;
    }
    // "took part in the opening ceremony of Kyrgyzstan's new embassy in Ulaanbaatar": a mission opened is opened with the
    // state of the place it opens in
    if (type === 'COOPERATE' && recipient.length === 0 && actor.length === 1 && tokens.slice(hit.start, hit.end).some((t) => MISSION.has(t.l))) {
      const host = ms.find((m) => m.start >= hit.end && m.start <= hit.end + 2 && (m.prep === 'in' || m.prep === 'at') && PLACE_KINDS.has(m.kind) && !IGO.has(m.code) && !actor.includes(m.code));
      if (host) recipient = [host.code];
    }
    // a visa regime: who lets whose people in, each a regime of its own, or one regime both ways (./_visa.ts)
    if (type === 'COOPERATE' && def.ctx?.includes('migration')) {
      const v = visaParties(tokens, ms, actor);
      if (v) ({ actor, recipient, split } = v);
    }
    if (type === 'COOPERATE' && recipient.length === 0 && actor.length < 2) return null;
    // "the government met in emergency session", "met officers of the contingent": a meeting needs two parties
    if (type === 'CONSULT' && mode === null && !future && recipient.length === 0 && uniq(actor).length < 2) return null;
    // (the states must be the doers, or partners "with" them: "China concluded exercises off Taiwan" names a place)
    if (def.several && uniq(subj).filter((x) => !IGO.has(x) && !GENERIC.has(x)).length < 2 && !ms.some((m) => m.start >= hit.end && m.prep === 'with')) return null;
    // "the visit came while…": a visit with nowhere to go is an anaphor, not a new event
    if (type === 'CONSULT' && mode === 'visit' && nounUse && recipient.length === 0 && split !== 'actor') return null;
    // "a ceasefire between Iran and Iraq took effect", "fighting between Kyrgyz and Tajik guards": the sides act together
    if (nounUse && actor.length === 0 && type !== 'CONSULT') {
      // ("construction of the China–Kyrgyzstan–Uzbekistan railway": the states the project joins)
      const between = uniq(ms.filter((m) => (m.prep === 'between' || (m.prep === 'of' && type === 'COOPERATE')) &&
        m.start >= hit.start && m.start <= hit.end + 8 && m.kind !== 'city').map((m) => m.code));
      if (between.length >= 2) { actor = between; recipient = []; split = null; }
    }
    // "the signing of a protocol" with nobody named: as agentless as a passive
    const agentless = (passive && agent.length === 0 && !def.rev) || (nounUse && actor.length === 0);
    if (reassurance) { type = 'CONCEDE'; mode = null; cameo = '08'; future = false; }
    // "crowds stormed the city administration", "rioters attacked the embassy": a crowd's violence is a riot
    if (type === 'ASSAULT' && crowdSubject(tokens, hit.start)) { type = 'PROTEST'; mode = 'riot'; cameo = '145'; if (!recipient.length) recipient = [...actor]; }
    if (refusal || refrained) {
      type = 'REJECT'; mode = stayedOut && def.t === 'CONSULT' ? 'meet' : null; cameo = '12'; future = false;
      // "Armenia did not attend the CSTO summit": the absentee refuses the gathering's organisation or hosts
      if (stayedOut && def.multi && subj.length && actor.some((x) => !subj.includes(x))) { recipient = actor.filter((x) => !subj.includes(x)); actor = [...subj]; }
      split = recipient.length > 1 ? 'recipient' : null;
    }
    // ("troops from Russia, Belarus and Armenia arrived": one contingent drawn from several states is one collective
    // happening, the spec's compound actor)
    if ((type === 'AID' || type === 'MOBILIZE') && split === 'actor' && contingentFrom(tokens, ms, actor)) split = null;
    return { hit, type, mode, cameo, actor, recipient, location, future, split, agentless, background, now };
  }
}

const PLACE_ONLY = (m: Mention): boolean => m.kind === 'city';
/** "the two presidents", "both sides": the parties of the event just reported */
const CURRENCY_NOUN = new Set(['dollar', 'dollars', 'yuan', 'rouble', 'roubles', 'ruble', 'rubles', 'pound', 'pounds', 'euro', 'euros', 'yen', 'won', 'lira', 'rupee', 'rupees', 'dirhams', 'riyals']);
/**
 * How much of the event's frame the sentence filled itself: 1 when the actor, the recipient (if any) and the
 * date are all named there; less for each part taken from the discourse, a pronoun or the document.
 */
function confidenceOf(c: Candidate, actor: string[], recipient: string[], direct: Set<string>, dateInSentence: boolean): number {
  let v = 1;
  if (!actor.length || actor.some((a) => !direct.has(a))) v -= 0.3;
  if (recipient.some((r) => !direct.has(r))) v -= 0.15;
  if (!dateInSentence) v -= 0.1;
  if (c.hit.form === 'noun') v -= 0.05;
  if (c.agentless) v -= 0.1;
  return Math.round(Math.max(0.1, v) * 100) / 100;
}

const SPEC_DATE = /^[1-9]\d{3}(?:-\d{2}(?:-\d{2})?)?$/;
const VALUE_TYPES = new Set<EventType>(['SUPPORT', 'COOPERATE', 'AID', 'AGREE']);
function nearest<T extends { index: number }>(xs: T[], at: number): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (!best || Math.abs(x.index - at) < Math.abs(best.index - at)) best = x;
  return best;
}
/** "the 2020 trilateral statement", "the April attack": a date before a noun names that thing; it dates the act only
 * when the thing is the act itself ("hosted the 2013 SCO summit", "the September clashes") */
/** The last day (YYYY-MM-DD) the two sentences before `before` name, none after the document's own day. */
function lastDayNamed(prev: DocState['prev'], before: number, ref: Date | null, docDay: string | null): string | null {
  for (let k = before - 1; k >= 0 && k >= before - 2; k--) {
    const days = findDates(prev[k]!.text, ref).filter((d) => d.date.length === 10 && !(docDay && d.date > docDay));
    if (days.length) return days.at(-1)!.date;
  }
  return null;
}
const ELSEWHEN = /\b(?:earlier|later) (?:in|this|that) (?:the )?(?:week|month|year)\b|\b(?:last|previous) (?:week|month)\b/i;
function elsewhen(text: string, docDate: string): string {
  const m = ELSEWHEN.exec(text)![0].toLowerCase();
  if (m.endsWith('year')) return docDate.slice(0, 4);
  const day = /^(?:last|previous) week/.test(m) ? shiftDay(docDate.slice(0, 10), -7) : docDate;
  if (/^(?:last|previous) month/.test(m)) {
    const d = new Date(docDate.slice(0, 7) + '-01T00:00:00Z');
    d.setUTCMonth(d.getUTCMonth() - 1);
    return d.toISOString().slice(0, 7);
  }
  return day.slice(0, 7);
}
/** "continued to block", "continued on Monday to block": an aspectual verb, a time phrase at most between, before "to" */
function transparentBefore(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.l !== 'to') return false;
  for (let j = i - 2; j >= 0 && j >= i - 6; j--) {
    const t = tokens[j]!;
    if (Wd.TRANSPARENT.has(t.l)) return true;
    if (!(TIME_WORDS.has(t.l) || t.l === 'on' || t.l === 'in' || t.l === 'the' || t.l === 'this' || t.l === 'last' || /^\d/.test(t.s) || t.l === ',')) return false;
  }
  return false;
}
const COMPOSED = new Set(['comprising', 'consisting', 'composed']);
const RECALL = new Set(['recalled', 'recalling', 'recall', 'recalls', 'noting', 'noted']);
const ATTRIB_AFTER = /^\s+(?!(?:of|at|in|on|and|to|when|as|or|with|for|after|before)\b)[A-Za-z]/;
function namesTrigger(tokens: Token[], hits: Hit[], c: Candidate, at: number): boolean {
  const k = tokens.findIndex((t) => t.start >= at);
  if (k < 0) return false;
  // the noun phrase after the date: up to the next preposition, punctuation or verb-like break, at most 8 words
  let end = k;
  while (end < tokens.length && end - k < 8 && /^[A-Za-z()-]/.test(tokens[end]!.s) && !Wd.PREPS.has(tokens[end]!.l)) end++;
  // "killed in the September fighting", "at the 2013 summit": the thing is when and where the act happened
  if (/\b(?:in|at|during|amid)\s+the\s*$/i.test(tokens.slice(Math.max(0, k - 3), k).map((t) => t.s).join(' '))) return true;
  return hits.some((h) => (h === c.hit || h.def.t === c.type) && h.end > k && h.start < end);
}
/** the voices of a government: their protests are diplomatic */
const OFFICIAL = new Set(['ministry', 'ministries', 'government', 'embassy', 'minister', 'president', 'spokesman', 'spokeswoman',
  'spokesperson', 'office', 'foreign', 'kremlin', 'mfa', 'department', 'presidency', 'cabinet', 'premier', 'ambassador']);
/** units whose arrival is a deployment or help, not a visit */
const ARRIVING_UNITS = new Set(['troops', 'units', 'soldiers', 'servicemen', 'contingent', 'paratroopers', 'forces', 'battalion', 'rescuers',
  'medics', 'doctors', 'peacekeepers']);
const RESCUERS = new Set(['rescuers', 'medics', 'doctors']);
/** things one receives that are not visitors */
const RECEIVED_THING = new Set(['appeal', 'appeals', 'letter', 'letters', 'message', 'messages', 'proposal', 'proposals', 'request', 'requests',
  'invitation', 'invitations', 'report', 'reports', 'award', 'awards', 'credentials', 'congratulations', 'call', 'calls', 'complaint', 'complaints']);
/** states whose leaders' names put the family name first */
const FAMILY_FIRST = new Set(['CHN', 'KOR', 'PRK', 'TWN', 'SGP', 'KHM', 'HKG']);
/** the administration of a city or region */
const MINISTRY = new Set(['ministry', 'ministries']);
const MINISTRY_MOD = new Set(['foreign', 'defence', 'defense', 'interior', 'justice', 'emergencies', 'health', 'economy', 'finance', 'trade', 'energy', 'culture', 'transport']);
/** "Tajikistan's foreign ministry", "the Kyrgyz Foreign Ministry": a ministry follows the name */
const DOC_NOUN = new Set(['resolution', 'statement', 'declaration', 'report', 'communique', 'communiqué', 'document', 'decree', 'letter', 'note']);
/** a document right after a name: "a European Parliament resolution", "Moscow's statement", "the OSCE's final report" */
const docAfter = (tokens: Token[], end: number): boolean => headAfter(tokens, end, DOC_MOD, DOC_NOUN);
const DOC_MOD = new Set(['final', 'joint', 'official']);
const ministryAfter = (tokens: Token[], end: number): boolean => headAfter(tokens, end, MINISTRY_MOD, MINISTRY);
/** a noun of `heads` right after a name, past a possessive and one modifier: "Russia's foreign ministry" */
function headAfter(tokens: Token[], end: number, mods: Set<string>, heads: Set<string>): boolean {
  let j = end;
  if (tokens[j]?.l === "'s") j++;
  if (mods.has(tokens[j]?.l ?? '')) j++;
  return heads.has(tokens[j]?.l ?? '');
}
const LOCAL_MOD = new Set(['regional', 'local', 'provincial', 'district', 'municipal', 'city']);
const LOCAL_HEAD = new Set(['officials', 'leaders', 'administration', 'administrations', 'governor', 'mayor']);
const SUBNATIONAL = new Set(['region', 'regions', 'province', 'provinces', 'oblast', 'republic']);
const ADMIN = new Set(['region', 'regional', 'province', 'provincial', 'oblast', 'akimat', 'governor', 'administration', 'mayor', 'city']);
/** verbs that stop what follows: "agreed to stop firing", "to halt attacks" */
const STOP = new Set(['stop', 'halt', 'cease', 'end', 'suspend', 'refrain', 'pause']);
/** nouns that refer back to an act just reported */
const ACT_NOUN = new Set(['agreement', 'deal', 'accord', 'step', 'move', 'decision', 'ceasefire', 'truce', 'announcement', 'outcome',
  'release', 'exchange', 'declaration', 'treaty', 'initiative', 'agreements', 'steps', 'decisions']);
/** a deal told by a noun: its parties are both sides of the last act reported, not only its last doer */
const DEAL_NOUN = new Set(['agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'treaty', 'treaties', 'signing',
  'declaration', 'protocol', 'swap', 'exchange', 'ceasefire', 'truce', 'memorandum', 'pact']);
/** a meeting told by a noun: praise of it goes to the visitor, or to the side other than the speaker */
/** a happening named by its noun: a journey or a gathering */
const MEETING_NOUN = new Set(['visit', 'trip', 'tour', ...Wd.GATHERINGS]);
/**
 * The doers of an act just reported that a verdict or a welcome names by a noun between `from` and `to` ("the signing",
 * "the visit", "the verdict", or "it" right after the verb): a deal's parties, a visit's visitor, a move's doer. Null
 * when no such noun is there or nobody but the speaker did it.
 */
function praisedAct(tokens: Token[], from: number, to: number, spk: string[], st: DocState): string[] | null {
  const k = tokens.findIndex((t, i) => i >= from && i < to && (ACT_NOUN.has(t.l) || DEAL_NOUN.has(t.l) || MEETING_NOUN.has(t.l) || t.l === 'verdict' || t.l === 'ruling') &&
    Wd.DETERMINER.has(tokens[i - 1]?.l ?? ''));
  const pronoun = tokens[from]?.l === 'it' && tokens[from + 1]?.l === 'as';
  if (k < 0 && !pronoun) return null;
  const noun = k >= 0 ? tokens[k]!.l : 'deal';
  let doers: string[] | undefined;
  if (MEETING_NOUN.has(noun)) {
    const cur = st.current;
    if (!cur) return null;
    // (a visit's host is its location: the visitor is the other side)
    const visitors = cur.mode === 'visit' && cur.location ? cur.parties.filter((x) => x !== cur.location) : [];
    doers = visitors.length && !visitors.some((x) => spk.includes(x)) ? visitors : cur.parties.filter((x) => !spk.includes(x));
  } else if (noun === 'verdict' || noun === 'ruling') {
    // a court's verdict is its state's
    doers = st.lastAct;
  } else if (DEAL_NOUN.has(noun)) {
    // (a deal's parties are those who made it jointly, "Pakistan and Afghanistan agreed…", else both sides of the last
    // act, "Baku will free… and Yerevan will release…"; a mediator named as a target is no party)
    doers = (st.lastAct?.length ?? 0) > 1 ? st.lastAct : st.lastParties;
  } else doers = st.lastAct;
  if (!doers?.length || doers.every((x) => spk.includes(x))) return null;
  return [...doers];
}
const FIGHT = new Set<EventType>(['ASSAULT', 'MOBILIZE', 'THREATEN', 'COERCE']);
/** what an appeal to calm asks for */
const CALM = new Set(['restraint', 'de-escalation', 'deescalation', 'hostilities', 'fighting', 'calm', 'ceasefire', 'cease-fire', 'truce', 'escalation', 'violence', 'bloodshed']);
/** types that report words or meetings, not deeds another could condemn */
const SPEECH = new Set<EventType>(['ACCUSE', 'SUPPORT', 'CONSULT', 'REQUEST', 'AGREE']);
/** the chair of an organisation, held by a state's minister for a term: "Chairman-in-Office", "who chairs the OSCE" */
const CHAIR_TITLE = new Set(['chairman', 'chairwoman', 'chairperson', 'chair', 'chairman-in-office', 'chairwoman-in-office',
  'chairperson-in-office', 'chair-in-office']);
/**
 * The organisation whose chair the subject of the act at `hit` holds, and the states named in that subject: "X, who
 * chairs the OSCE this year, …", "the OSCE Chairman-in-Office, Polish Foreign Minister Rau, …", "the bloc's chairman,
 * Armenian Prime Minister Pashinyan, …". Only a chair held now (present "chairs", a title), before the act's verb.
 */
function chairedOrg(tokens: Token[], ms: Mention[], hit: number): { org: string; states: string[] } | null {
  for (let j = 0; j < hit; j++) {
    const l = tokens[j]!.l;
    let org: string | undefined;
    if (l === 'chairs' && (tokens[j - 1]?.l === 'who' || tokens[j - 1]?.l === 'currently')) {
      // "who chairs the Organization for Security and Co-operation in Europe": the organisation after the verb
      org = ms.find((m) => m.start > j && m.start <= j + 3 && m.code && IGO.has(m.code))?.code;
    } else if (CHAIR_TITLE.has(l)) {
      // "OSCE Chairman-in-Office", "the bloc's chairman", "Chairman-in-Office of the OSCE"
      const before = tokens[j - 1]?.l === "'s" ? j - 1 : j;
      org = ms.find((m) => m.end === before && m.code && IGO.has(m.code))?.code ??
        (tokens[j + 1]?.l === 'of' ? ms.find((m) => m.start >= j + 2 && m.start <= j + 3 && m.code && IGO.has(m.code))?.code : undefined);
    }
    if (!org) continue;
    // ("the OSCE chairman said Russia had attacked…": an act reported by the chair is no act of his; nor of his organisation)
    if (tokens.slice(j + 1, hit).some((t) => Wd.SAY.has(t.l) || (PAST_IRREGULAR.has(t.l) && t.l !== 'was' && t.l !== 'were'))) return null;
    const states = uniq(ms.filter((m) => m.end <= hit && m.code && !IGO.has(m.code)).map((m) => m.code));
    return { org, states };
  }
  return null;
}
/** a state's own bid for a place: "the membership of A and B", "the bids of A and B" */
const BID_NOUN = new Set(['membership', 'memberships', 'accession', 'bid', 'bids', 'candidacy', 'candidacies', 'candidature', 'candidatures', 'applications']);
const MISSION = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'consulate-general', 'mission']);
/** "as part of his official visit to Astana", "during her trip to Kazakhstan": the state a visit named after `from` went to */
function visitedPlace(tokens: Token[], ms: Mention[], from: number, to: number): string | null {
  for (let j = from; j < to - 1; j++) {
    if (!TRIP_NOUN.has(tokens[j]!.l) || tokens[j + 1]?.l !== 'to') continue;
    // (the trip must be the one the sentence is part of: "his", "her", "an official", not "an invitation to pay a visit")
    if (!tokens.slice(Math.max(from, j - 4), j).some((t) => t.l === 'his' || t.l === 'her' || t.l === 'their')) continue;
    const place = ms.find((m) => m.start === j + 2 && m.code && !IGO.has(m.code) && (PLACE_KINDS.has(m.kind) || m.kind === 'country'));
    if (place) return place.code;
  }
  return null;
}
const TRIP_NOUN = new Set(['visit', 'trip', 'tour']);
/** taking part in what others began: "joined the protest" */
const JOIN_VERB = new Set(['joined', 'join', 'joins', 'joining']);
const QUOTE_MARK = new Set(['"', '“', '”']);
/** the state a mission is opened in: "open its embassy in Skopje", "a consulate in Dubai" (the place right after it) */
function missionHost(tokens: Token[], ms: Mention[], from: number, to: number): string | null {
  for (let j = from; j < to; j++) {
    if (!MISSION.has(tokens[j]!.l)) continue;
    const host = ms.find((m) => m.start >= j + 1 && m.start <= j + 2 && m.prep === 'in' && PLACE_KINDS.has(m.kind) && m.code && !IGO.has(m.code));
    return host?.code ?? null;
  }
  return null;
}
/** words that place a gathering at a building: "outside the embassy", "in front of the consulate", "at the mission" */
const AT_PLACE = new Set(['outside', 'at', 'near', 'before', 'front', 'to', 'towards', 'toward', 'on']);
/**
 * The state whose mission a clause places a happening at: "outside the (former) American embassy", "in front of the
 * embassy of China", "marched on the Russian consulate". Only the clause after `from` is read.
 */
function missionStateAfter(tokens: Token[], ms: Mention[], from: number, attrib: number): string | null {
  const stop = Math.min(attrib, from + 14);
  for (let j = from; j < stop; j++) {
    if (!MISSION.has(tokens[j]!.l)) continue;
    // the place word must govern the noun phrase: "outside the former American embassy"
    let k = j - 1;
    while (k >= from && tokens[k]!.l !== 'the' && tokens[k]!.l !== 'its' && j - k <= 4) k--;
    if (k < from || !AT_PLACE.has(tokens[k - 1]?.l ?? '')) return null;
    const adj = ms.find((m) => m.start > k && m.end <= j && m.code && !IGO.has(m.code) && (m.kind === 'adjective' || m.kind === 'country'));
    if (adj) return adj.code;
    // "the embassy of China"
    if (tokens[j + 1]?.l === 'of') {
      const of = ms.find((m) => m.start === j + 2 && m.code && !IGO.has(m.code) && (m.kind === 'country' || m.kind === 'capital'));
      if (of) return of.code;
    }
    return null;
  }
  return null;
}
const RESPONSE_NOUN = new Set(['response', 'retaliation', 'reply', 'answer', 'riposte', 'return']);
const AGENTLESS_TYPES = new Set<EventType>(['SUPPORT', 'AGREE', 'COOPERATE']);
const MEMBER_HEADS = new Set(['leaders', 'heads', 'presidents', 'ministers', 'members', 'states', 'countries', 'nations',
  'premiers', 'chiefs', 'governments', 'delegations']);
const MEMBER_TAIL = new Set(['member', 'members', 'leaders', 'heads', 'countries', 'states', 'nations', 'presidents', 'governments']);
/** "the leaders of the SCO", "heads of state of the CSTO", "SCO member states", "the BRICS countries" */
function memberFrame(tokens: Token[], start: number, end: number): boolean {
  if (MEMBER_TAIL.has(tokens[end]?.l ?? '')) return true;
  let j = start - 1;
  if (tokens[j]?.l === 'the') j--;
  if (tokens[j]?.l !== 'of') return false;
  // "heads of state of the CSTO": step over the inner "of state"
  if (tokens[j - 1]?.l === 'state' && tokens[j - 2]?.l === 'of') j -= 2;
  return MEMBER_HEADS.has(tokens[j - 1]?.l ?? '');
}
const AUTHORITY = new Set(['police', 'authorities', 'prosecutors', 'investigators', 'court', 'courts', 'judge', 'judges', 'commission',
  'policemen', 'prosecutor', 'prosecutor-general', 'jury', 'tribunal', 'government', 'opposition']);
/** the people of the place, as subjects: "thousands of people rallied", "crowds gathered", "protesters were detained" */
const MEETING_ING = new Set(['meeting', 'receiving', 'welcoming', 'hosting', 'greeting']);
/** nouns of several parties whose members an "including" lists */
const GROUP_NOUN = new Set(['allies', 'partners', 'countries', 'states', 'nations', 'neighbours', 'neighbors', 'members', 'governments', 'donors']);
const PEOPLE = new Set(['people', 'crowds', 'crowd', 'protesters', 'demonstrators', 'residents', 'thousands', 'hundreds',
  'supporters', 'activists', 'journalists', 'drivers', 'workers', 'students']);
/** sides inside one state that can support or petition each other: its government and its rebels, its people */
const INNER_SIDE = new Set([...PEOPLE, 'rebels', 'guerrillas', 'insurgents', 'opposition', 'militants', 'separatists', 'parliament',
  'lawmakers', 'deputies', 'union', 'unions', 'groups', 'rights', 'lawyers', 'relatives', 'families', 'party', 'parties']);
/** modes of holding, trying, freeing or expelling persons */
const CUSTODY_MODES = new Set(['arrest', 'detain', 'deport', 'release', 'convict']);
/** a custody act whose only target is the acting state itself (the fallback when no one else is named) */
function ownCustody(e: CodedEvent): boolean {
  return CUSTODY_MODES.has(e.mode ?? '') && e.actor.length === 1 && e.recipient.length === 1 && e.actor[0] === e.recipient[0];
}
/**
 * Backing or petitioning one's own state ("welcomed the outcome" → KAZ→KAZ) is left over from a target that found
 * only the speaker's own side; it stands only when the sentence names a second side inside that state.
 */
function selfDirected(e: CodedEvent): boolean {
  if (e.event_type !== 'SUPPORT' && e.event_type !== 'REQUEST') return false;
  if (e.actor.length !== 1 || e.recipient.length !== 1 || e.actor[0] !== e.recipient[0] || IGO.has(e.actor[0]!)) return false;
  return !tokenize(e.text).some((t) => INNER_SIDE.has(t.l));
}
/** "Kazakh police", "Azerbaijan's prosecutors", "police of Georgia": a state is named with the authority */
function nationalOf(out: Mention[], tokens: Token[], i: number): boolean {
  const prev = out.at(-1);
  // "Kyrgyz border police", "Kazakhstan's financial authorities"; but in "CPJ urged the authorities" a verb stands between
  if (prev && prev.end >= i - 2 && tokens.slice(prev.end, i).every((t) => t.l === "'s" || (/^[a-z-]+$/.test(t.l) && !Wd.DETERMINER.has(t.l) && !/ed$/.test(t.l)))) return true;
  return tokens[i + 1]?.l === 'of' && !!tokens[i + 2]?.cap;
}
/** "militants loyal to Iraq's…", "gunmen from the Taliban": the group is named right after */
function namedAfter(tokens: Token[], i: number, gaz: Gazetteer): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j]!;
    if (t.punct || Wd.BOUNDARY.has(t.l)) return false;
    if (gaz.matchAt(tokens, j)) return true;
  }
  return false;
}
/** words of a disapproving verdict on another's act (news English) */
const EVALUATIVE = new Set(['biased', 'unacceptable', 'groundless', 'unfounded', 'baseless', 'provocation', 'provocations',
  'provocative', 'interference', 'betrayal', 'unfriendly', 'hostile', 'illegitimate', 'absurd', 'harmful', 'irresponsible',
  'politicised', 'politicized', 'one-sided', 'unjustified', 'destabilising', 'destabilizing', 'inadmissible', 'slander',
  'smear', 'blackmail', 'counterproductive', 'outrageous', 'cynical', 'lacked', 'unlawful', 'disrespectful', 'meddling',
  'insult', 'insulting', 'hypocritical', 'fabricated', 'fabrication', 'distortion', 'shameful',
  // an act called an aggression or a coup, a report called unreliable (issue 8)
  'aggression', 'coup', 'overthrow', 'inappropriate']);
const NO_BASIS = new Set(['grounds', 'basis', 'justification', 'foundation', 'legal']);
/** "was not consistent with", "is not compatible with": a standard another's act is said to fall short of */
const UNFIT = new Set(['consistent', 'compatible', 'acceptable', 'appropriate']);
const POSSESSIVE_PRONOUN = new Set(['its', 'their']);
const HOME_UNREST = new Set(['protests', 'protest', 'rallies', 'rally', 'riots', 'unrest', 'events', 'demonstrations', 'disturbances']);
const BEAR = new Set(['bear', 'bears', 'bore', 'borne', 'bearing']);
const LIE_WITH = new Set(['lay', 'lies', 'lie', 'rests', 'rested', 'rest', 'lay']);
/** one's own responsibility taken or claimed is no blame of another */
const OWN_BLAME = new Set(['claimed', 'claim', 'claims', 'claiming', 'took', 'take', 'takes', 'taken', 'accepted', 'accept', 'accepts',
  'assumed', 'assume', 'assumes', 'admitted', 'admit', 'admits']);
/**
 * Blame laid in speech at token i: "said the ambassador bore part of the responsibility", "said responsibility lay with
 * Moscow", "said the organisers were responsible for the violence", "said Kyiv was to blame", or a standard another's
 * act falls short of, "was not consistent with".
 */
function blameAt(tokens: Token[], i: number): boolean {
  const l = tokens[i]!.l;
  if (UNFIT.has(l)) return Wd.NEGATION.has(tokens[i - 1]?.l ?? '') && tokens[i + 1]?.l === 'with';
  if (l === 'responsibility') {
    if (tokens.slice(Math.max(0, i - 4), i).some((t) => OWN_BLAME.has(t.l))) return false;
    return tokens.slice(Math.max(0, i - 4), i).some((t) => BEAR.has(t.l)) ||
      (LIE_WITH.has(tokens[i + 1]?.l ?? '') && tokens[i + 2]?.l === 'with') ||
      (tokens[i + 1]?.l === 'for' && tokens.slice(i + 2, i + 8).some((t) => LIE_WITH.has(t.l)) && tokens.slice(i + 2, i + 10).some((t) => t.l === 'with'));
  }
  if (l === 'responsible') return Wd.BE.has(tokens[i - 1]?.l ?? '') && tokens[i + 1]?.l === 'for';
  if (l === 'blame') return tokens[i - 1]?.l === 'to' && Wd.BE.has(tokens[i - 2]?.l ?? '');
  return false;
}
/** verbs that pass a verdict: "called it", "described them as", "dismissed them as" */
const LABEL = new Set(['called', 'calls', 'call', 'calling', 'described', 'describes', 'describing', 'dismissed', 'dismisses',
  'termed', 'terms', 'labelled', 'labeled', 'branded', 'brands', 'considers', 'considered', 'regards', 'regarded']);
/** words of a favourable verdict, after a verb of labelling */
const PRAISE = new Set(['reliable', 'turning', 'breakthrough', 'milestone', 'historic', 'valuable', 'exemplary', 'trusted',
  'brotherly', 'closest', 'key', 'successful', 'fruitful', 'constructive', 'landmark', 'symbol', 'honest', 'dependable', 'model',
  'friends', 'friendly', 'invaluable', 'outstanding', 'indispensable', 'priority', 'exceptional']);
const SPOKEN = new Set<EventType>(['ACCUSE', 'REQUEST', 'THREATEN', 'REJECT', 'CONSULT', 'SANCTION']);
/** Is the date at character offset d inside a relative clause ("…, who was appointed last week,") that the trigger at t is not in? */
function inRelativeClause(tokens: Token[], d: number, t: number): boolean {
  let k = tokens.findIndex((x) => x.start >= d);
  if (k < 0) return false;
  let rel = -1;
  for (let j = k - 1; j >= 0; j--) {
    const l = tokens[j]!.l;
    if (l === 'who' || l === 'which' || l === 'whose') { rel = j; break; }
    if (l === ',' || l === ';' || Wd.BOUNDARY.has(l)) return false;
  }
  if (rel < 0 || tokens[rel - 1]?.l !== ',') return false;
  // the clause closes at the next comma; the trigger lies outside it
  for (; k < tokens.length && tokens[k]!.l !== ','; k++);
  const close = tokens[k]?.start ?? Infinity;
  return t < tokens[rel]!.start || t > close;
}

/** Is a clause boundary (that, which, who, after, a verb of saying…) between character offsets a and b? */
/** where the infinitive of a promised act starts ("agreed to meet", "pledged to hold"), as a character offset; -1 if none */
function plannedActAt(tokens: Token[], hit: Hit): number {
  for (let k = hit.start + 1; k <= hit.end + 1 && k < tokens.length - 1; k++) {
    const next = tokens[k + 1]!;
    if (tokens[k]!.l === 'to' && !next.cap && /^[a-z]+$/.test(next.l) && !Wd.DETERMINER.has(next.l)) return tokens[k]!.start;
  }
  return -1;
}
function clauseBreakBetween(tokens: Token[], a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return tokens.some((t) => t.start > lo && t.end < hi && (CLAUSE_BREAK.has(t.l) || Wd.SAY.has(t.l)));
}
const CLAUSE_BREAK = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'after', 'before', 'since', 'while', 'where', ';', 'recalled', 'recalling']);
const DOMESTIC_ACT = new Set(['decree', 'decrees', 'law', 'laws', 'bill', 'bills', 'order', 'ordinance', 'executive', 'book', 'visitors']);
/** a share per recipient: "each" (not "each other"), "respectively", or a second amount after "and" ("… and 60 to B") */
function distributive(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const l = tokens[k]!.l;
    if (l === 'respectively') return true;
    if (l === 'each' && tokens[k + 1]?.l !== 'other' && tokens[k + 1]?.l !== 'another') return true;
    if (l === 'and' && /^\d[\d,.]*$/.test(tokens[k + 1]?.l ?? '') && (tokens[k + 2]?.l === 'to' || tokens[k + 2]?.l === 'for')) return true;
  }
  return false;
}
const HELPERS = new Set(['rescuers', 'rescue', 'workers', 'personnel', 'specialists', 'medics', 'doctors', 'firefighters', 'team', 'teams', 'volunteers']);
const COURTESY = new Set(['thank', 'congratulate', 'brief', 'inform', 'discuss', 'consult', 'present', 'bid', 'welcome']);
const CLAIMED_CONTENT = new Set(['claiming', 'claimed', 'alleging', 'alleged', 'arguing', 'argued', 'asserting', 'asserted', 'suggesting']);
const CLAIM = new Set(['said', 'says', 'claimed', 'claims', 'alleged', 'reported', 'stated', 'insisted', 'asserted', 'told']);
const PEACE = new Set(['peace', 'normalisation', 'normalization', 'ceasefire', 'truce', 'settlement', 'delimitation']);
/** "has no plans to apply", "has no intention of joining" */
/**
 * The codebook's PROTEST: the topic of a protest ("marched through Seoul demanding the withdrawal of U.S. troops") is
 * no REQUEST of its own; the party it is aimed at is the one the protest is against, when the protest named only its
 * own side.
 */
function protestTopic(cands: Candidate[], tokens: Token[]): void {
  for (let k = cands.length - 1; k >= 0; k--) {
    const r = cands[k]!;
    if (r.type !== 'REQUEST' || r.hit.form !== 'ing') continue;
    const p = cands.find((c) => c.type === 'PROTEST' && c.hit.end <= r.hit.start && !tokens.slice(c.hit.end, r.hit.start).some((t) => Wd.BOUNDARY.has(t.l)));
    if (!p) continue;
    cands.splice(k, 1);
    const aimed = r.recipient.filter((x) => !p.actor.includes(x));
    if (aimed.length && p.recipient.every((x) => p.actor.includes(x))) p.recipient = aimed;
  }
}
/**
 * "Tamil Tigers attacked an army base in Jaffna", "Russian troops attacked villages in Chechnya": an attack made in the
 * attacker's own state is aimed at that state (the codebook's domestic violence), not at nobody.
 */
function attackAtHome(type: EventType, actor: string[]): boolean {
  return type === 'ASSAULT' && actor.length === 1 && !GENERIC.has(actor[0]!) && !IGO.has(actor[0]!);
}
/** "in the northeastern port of Trincomalee", "at the town of Gulu": a place named after a place noun under "in"/"at" */
function namedPlaceIn(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.l !== 'of' || !PLACE_NOUN.has(tokens[i - 2]?.l ?? '')) return false;
  for (let k = i - 3; k >= Math.max(0, i - 7); k--) {
    const w = tokens[k]!.l;
    if (w === 'in' || w === 'at') return true;
    if (!/^[a-z-]+$/.test(w) || Wd.BOUNDARY.has(w)) return false;
  }
  return false;
}
const OWN_CAPTIVE = new Set(['political', 'dissident', 'dissidents', 'conscience', 'opposition']);
/**
 * "Cuba freed dozens of political prisoners and expelled a U.S. diplomat": captives held for their politics, with no
 * state named in their own phrase, are the freeing state's own people, not the state the next clause names.
 */
function ownCaptives(tokens: Token[], hit: Hit, ms: Mention[]): boolean {
  let own = false;
  for (let j = hit.start + 1; j < Math.min(tokens.length, hit.end + 6); j++) {
    const w = tokens[j]!.l;
    if (w === 'and' || w === ',' || w === 'from' || Wd.BOUNDARY.has(w)) break;
    if (ms.some((m) => m.start === j && m.code)) return false;
    if (OWN_CAPTIVE.has(w)) own = true;
  }
  return own;
}
const ARMED_GROUP = new Set(['rebels', 'rebel', 'guerrillas', 'guerrilla', 'insurgents', 'separatists', 'rebel-held']);
/**
 * "Rebels shot down a government helicopter in southern Sudan": rebels named by no movement or nationality, acting
 * against the one state the act is aimed at, fight inside it (PLOVER's records code them by that state).
 */
function armedSubject(tokens: Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
    const w = tokens[j]!.l;
    if (ARMED_GROUP.has(w)) return true;
    if (w === ',' || Wd.BOUNDARY.has(w) || Wd.SAY.has(w)) return false;
  }
  return false;
}
const CAPTIVE_VERB = new Set(['held', 'kidnapped', 'abducted', 'seized', 'captured', 'taken']);
/**
 * The codebook: hostage rescues are AID, not RETREAT ("troops freed 40 children held by the rebels"); a release is a
 * rescue when the captives' phrase names another party as their captor (held, kidnapped, abducted … by X).
 */
function rescues(cands: Candidate[], tokens: Token[], attrib: number): void {
  for (const c of cands) {
    if (c.type !== 'RETREAT' || c.mode !== 'release') continue;
    for (let j = c.hit.end; j < Math.min(attrib, c.hit.end + 10); j++) {
      const w = tokens[j]!.l;
      if (w === ';' || (Wd.BOUNDARY.has(w) && w !== 'who' && w !== 'that')) break;
      if (CAPTIVE_VERB.has(w) && tokens[j + 1]?.l === 'by') { c.type = 'AID'; c.mode = null; c.cameo = '073'; break; }
    }
  }
}
function negatedIntent(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.l !== 'to' && tokens[i - 1]?.l !== 'of') return false;
  const w = tokens[i - 2]?.l ?? '';
  return (Wd.INTENT.has(w) || w === 'intention' || w === 'plans' || w === 'desire') && (tokens[i - 3]?.l === 'no' || tokens[i - 3]?.l === 'not' || tokens[i - 4]?.l === 'not');
}
const GENERIC = new Set(['NGO', 'IMG', 'MNC', 'IGO']);
/** acts done at home when no one else is in sight: arrests and curbs on a country's people, their protests */
const PLACE_PREP = new Set(['in', 'at', 'near', 'inside']);
const SELF_AIMED = new Set<EventType>(['COERCE', 'PROTEST']);
const PERSON_NOUN = new Set(['delegation', 'president', 'prime', 'foreign', 'leader', 'minister', 'envoy', 'king', 'emir', 'crown', 'first', 'new', 'top', 'chief']);
const FORCES = new Set(['troops', 'forces', 'soldiers', 'peacekeepers', 'contingent', 'units', 'army', 'military', 'personnel']);
const DIPLOMATIC = new Set(['diplomat', 'diplomats', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'embassy', 'attache', 'attaché',
  'attaches', 'consul', 'consular', 'charge', 'chargé', 'staff', 'officials', 'advisers', 'advisors', 'spies', 'intelligence',
  'grata', 'mission', 'representatives', 'military']);
/** natural disasters that bring help from abroad (not crashes and accidents) */
const STRIKE = new Set(['earthquake', 'earthquakes', 'quake', 'quakes', 'flood', 'floods', 'flooding', 'landslide', 'landslides',
  'avalanche', 'storm', 'wildfire', 'wildfires', 'cyclone', 'hurricane', 'typhoon', 'tsunami', 'drought', 'mudflow', 'mudflows']);
const DISASTER = new Set(['crash', 'crashed', 'crashes', 'accident', 'earthquake', 'earthquakes', 'flood', 'floods', 'flooding',
  'landslide', 'avalanche', 'collapse', 'collapsed', 'storm', 'quake', 'wildfire', 'derailed', 'sank']);
const WEAPON = new Set(['missile', 'missiles', 'shot', 'fire', 'fired', 'drone', 'drones', 'bomb', 'bombs', 'rocket', 'rockets',
  'attack', 'attacked', 'strike', 'strikes', 'shelling', 'shelled', 'gunmen', 'explosives', 'air', 'defence', 'defences']);
const DOMESTIC_TYPES = new Set<EventType>(['ACCUSE', 'COERCE', 'RETREAT', 'REQUEST', 'THREATEN']);
const DESCRIPTOR = new Set(['journalist', 'journalists', 'activist', 'activists', 'rights', 'opposition', 'politician', 'leader',
  'lawyer', 'blogger', 'exiled', 'jailed', 'former', 'dissident', 'businessman', 'editor', 'human', 'and', 'the', 'prominent', 'critic']);
/** "journalist and rights activist Ulfathonim Mamadshoeva": descriptors then a name no lexicon entry covers */
function unknownPersonAfter(tokens: Token[], from: number, ms: Mention[]): boolean {
  let j = from;
  while (j < tokens.length && j < from + 5 && DESCRIPTOR.has(tokens[j]!.l)) j++;
  const t = tokens[j], u = tokens[j + 1];
  return j > from && !!t && t.cap && !t.punct && !!u && u.cap && !ms.some((m) => m.start <= j && m.end > j);
}
const INTENT_NOUN = new Set(['plan', 'plans', 'proposal', 'proposals', 'intention', 'decision', 'bid', 'initiative', 'offer', 'readiness']);
const DOMESTIC_TARGET = new Set(['press', 'media', 'journalists', 'coverage', 'internet', 'protests', 'protest', 'rallies', 'rally',
  'gatherings', 'demonstrations', 'opposition', 'broadcaster', 'broadcasters', 'newspapers', 'websites', 'website', 'assembly']);
const VISITING = new Set(['visiting']);
/** "the first Indian leader to visit", "the first Rwandan head of state to visit": an ordinal heads the infinitive's noun */
function ordinalBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 2; j >= 0 && j >= i - 7; j--) {
    const l = tokens[j]!.l;
    if (ORDINAL.has(l)) return true;
    if (tokens[j]!.punct || Wd.BOUNDARY.has(l) || isVerbish(tokens[j]!)) return false;
  }
  return false;
}
const SPONSOR = new Set(['auspices', 'mediation', 'sponsorship']);
const HOME_BODY = new Set(['government', 'authorities', 'parliament', 'regime', 'cabinet']);
/** types whose target is never the actor's own state by default (meetings, exchanges, help, praise) */
const HOME_FREE = new Set<EventType>(['CONSULT', 'COOPERATE', 'AID', 'SUPPORT']);
/** a state's own bodies and people, as the object of its act ("the government", "the National Assembly", "the protesters") */
const HOME_TARGET = new Set([...HOME_BODY, 'assembly', 'legislature', 'lawmakers', 'deputies', 'protesters', 'demonstrators',
  'activists', 'crowd', 'crowds', 'opposition', 'citizens', 'residents', 'population', 'nation']);
/** what may stand between an act and its object: a preposition, a determiner, a modifier ("to the new national …") */
const HOME_PREP = new Set(['to', 'into', 'with', 'against', 'on', 'at', 'for', 'towards', 'toward', 'calls', 'call']);
/**
 * The object of an act (in its trigger or within five words after it, past prepositions) is one of a state's own bodies or
 * people, and no name qualifies it ("the Kyrgyz opposition", "the government of Uzbekistan" are named, not home).
 */
function homeObject(tokens: Token[], hit: Hit, stop: number, ms: Mention[], own: string): boolean {
  // (the trigger's own words may hold it: "instructed the government to", "sent to")
  for (let i = hit.start + 1, k = 0; k < 5 && i < stop; i++) {
    const t = tokens[i]!;
    if (i >= hit.end && !HOME_PREP.has(t.l)) k++;
    // (a body the discourse already gave the actor's own code is still home: "the government" after "Tokayev")
    if (t.punct || Wd.BOUNDARY.has(t.l) || ms.some((m) => m.code && m.code !== own && m.start <= i && m.end > i)) return false;
    if (HOME_TARGET.has(t.l)) return !(tokens[i + 1]?.l === 'of' && ms.some((m) => m.code && (m.start === i + 2 || m.start === i + 3)));
  }
  return false;
}
const GREETINGS = new Set(['greetings', 'regards', 'wishes']);
/** "…that had led to deadly clashes", "…which had followed the shelling": a relative clause in the pluperfect before i */
function pluperfectRelative(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 7; j--) {
    const l = tokens[j]!.l;
    if (l === ',' || l === ';' || Wd.BOUNDARY.has(l) && l !== 'that' && l !== 'which') return false;
    if (l === 'had' && (tokens[j - 1]?.l === 'that' || tokens[j - 1]?.l === 'which')) return true;
  }
  return false;
}
const OUTCOME_VERB = new Set(['give', 'bring', 'help', 'contribute', 'strengthen', 'boost', 'deepen', 'open', 'mark', 'serve', 'become']);
/** "…would give fresh impetus", "…will help deepen ties": what a meeting is predicted to bring, up to a clause end */
function predicted(tokens: Token[], end: number): boolean {
  for (let j = end; j < tokens.length && j < end + 8; j++) {
    const l = tokens[j]!.l;
    if (l === ',' || l === ';' || Wd.BOUNDARY.has(l)) return false;
    if (Wd.FUTURE.has(l) && OUTCOME_VERB.has(tokens[j + 1]?.l ?? '')) return true;
  }
  return false;
}
/** words that may stand between "forthcoming" and its meeting noun ("the forthcoming state visit") */
const VISIT_KIND = new Set(['state', 'official', 'working', 'two-day', 'three-day', 'bilateral', 'first']);
const INVITE = new Set(['invitation', 'invitations', 'invite', 'invites', 'invited', 'inviting']);
const PREPARE = new Set(['preparing', 'prepare', 'preparation', 'preparations', 'prepared']);
/** "the upcoming summit", "the forthcoming state visit", "preparations for the visit", "preparing Tokayev's visit" */
function upcoming(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && VISIT_KIND.has(tokens[j]!.l)) j--;
  if (Wd.UPCOMING.has(tokens[j]?.l ?? '')) return true;
  for (let k = j; k >= 0 && k >= i - 8; k--) {
    const l = tokens[k]!.l;
    // ("accepting an invitation to a forum", "invited him to the summit": a gathering one is asked to is still to come)
    if (PREPARE.has(l) || INVITE.has(l)) return true;
    if (tokens[k]!.punct || Wd.BOUNDARY.has(l) || (isVerbish(tokens[k]!) && !PREPARE.has(l))) return false;
  }
  return false;
}
const OUTCOME = new Set(['results', 'result', 'outcome', 'outcomes']);
/** "the results of his recent visits", "the outcome of the Samarkand summit": within a short noun phrase */
function outcomeOf(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 6; j--) {
    if (tokens[j]!.l === 'of' && OUTCOME.has(tokens[j - 1]!.l)) return true;
    if (tokens[j]!.punct || Wd.BOUNDARY.has(tokens[j]!.l) || isVerbish(tokens[j]!)) return false;
  }
  return false;
}
/** attacks by explosives, the means of armed groups rather than of a state's forces at home */
/** the dead or wounded who are a state's armed or security forces: killed by another, not by their own state */
const FORCE_VICTIM = new Set(['soldier', 'soldiers', 'serviceman', 'servicemen', 'troops', 'guard', 'guards', 'officer', 'officers',
  'policeman', 'policemen', 'peacekeeper', 'peacekeepers', 'troop', 'conscript', 'conscripts', 'sergeant', 'fighters']);
const BOMBING = new Set(['bombing', 'bombings', 'bomb', 'bombs', 'bomber', 'bombers', 'blast', 'blasts', 'explosion', 'explosions', 'suicide', 'explosive', 'explosives']);
const TERROR = new Set(['terrorist', 'terror']);
const TERROR_ACT = new Set(['attack', 'attacks', 'act', 'acts', 'bombing', 'bombings', 'blast', 'explosion', 'shooting']);
/** index of "terrorist" in "terrorist attack" / "act of terror" between from-2 and to, or -1 */
function terrorAt(tokens: Token[], from: number, to: number): number {
  for (let k = Math.max(0, from - 2); k < Math.min(tokens.length, to + 1); k++) {
    const l = tokens[k]!.l;
    if (TERROR.has(l) && TERROR_ACT.has(tokens[k + 1]?.l ?? '')) return k;
    if ((l === 'terrorism' || l === 'terror') && tokens[k - 1]?.l === 'of' && TERROR_ACT.has(tokens[k - 2]?.l ?? '')) return k;
  }
  return -1;
}
/** resident envoys: a meeting with an ambassador is no visit by anyone */
const RESIDENT_ENVOY = new Set(['ambassador', 'ambassadors', "chargé", 'charge', 'envoy', 'embassy', 'embassies']);
const withEnvoy = (tokens: Token[]): boolean => tokens.some((t) => RESIDENT_ENVOY.has(t.l));
const CONDOLENCE = new Set(['condolences', 'condolence', 'sympathy', 'sympathies']);
// ("In all, 16 documents were signed during the visit": a count of the documents signed is news beside the one named)
const ALSO = /\b(?:also|too|as well(?! as)|another|further|additional|separately|in all|in total|altogether|a total of|a package of)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|a number of)\s+(?:\w+\s+)?(?:documents|agreements|deals|memorandums|memoranda)\b/i;
const DAYS = new WeakMap<Date, string>();
/** YYYY-MM-DD of a document date, computed once per document */
function dayOf(d: Date): string {
  let s = DAYS.get(d);
  if (s === undefined) DAYS.set(d, (s = d.toISOString().slice(0, 10)));
  return s;
}
/**
 * b is within the days of one visit around a: up to two days before it (the arrival told after the talks: "had
 * arrived the previous day") to three after, or b is no day but the month of a
 */
function continues(a: string | null, b: string | null): boolean {
  if (!a || !b || a.length !== 10) return false;
  if (b.length === 7) return a.startsWith(b);
  if (b.length !== 10) return false;
  const days = (Date.parse(b) - Date.parse(a)) / 86_400_000;
  return days >= -2 && days <= 3;
}
const TIME_MOD = new Set(['early', 'late', 'mid']);
const DAY_PART = new Set(['day', 'morning', 'afternoon', 'evening', 'night']);
const DAY_DET = new Set(['the', 'same', 'that', 'this', 'previous', 'following', 'next']);
/**
 * Talks of two states, one of them the place: the other's visit there (the spec's visitor and host), when `fits`
 * accepts the two parties.
 */
function visitAt(c: Candidate, loc: string, fits: (parties: string[]) => boolean): void {
  const parties = uniq([...c.actor, ...c.recipient]).filter((x) => !IGO.has(x));
  if (parties.length !== 2 || !parties.includes(loc) || !fits(parties)) return;
  c.location = loc; c.mode = 'visit'; c.actor = parties.filter((x) => x !== loc); c.recipient = [loc]; c.split = null;
}
/** "mid-August", "early-March": one token made of a time modifier and a month or day name */
function timeCompound(l: string): boolean {
  const dash = l.indexOf('-');
  return dash > 0 && TIME_MOD.has(l.slice(0, dash)) && TIME_WORDS.has(l.slice(dash + 1));
}
const SUBJECT_PRONOUN = new Set(['he', 'she', 'they', 'we', 'it']);
/** Does token j end a noun phrase: a lowercase noun-like word or the end of a place name (not a preposition, article or title)? */
function endsNounPhrase(tokens: Token[], j: number, out: Mention[]): boolean {
  const t = tokens[j];
  if (!t || t.punct) return false;
  if (out.some((m) => m.end === j + 1 && PLACE_KINDS.has(m.kind))) return true;
  return /^[a-z]+$/.test(t.s) && !Wd.PREPS.has(t.l) && !Wd.DETERMINER.has(t.l) && !Wd.CONNECT.has(t.l) && !Wd.ROLE.has(t.l) &&
    !OFFICES.has(t.l) && !TITLE_MODIFIERS.has(t.l) && !Wd.AUXFILL.has(t.l);
}
const ORDINAL = new Set(['first', 'second', 'last', 'only']);
const CARGO = new Set(['aid', 'humanitarian', 'relief', 'supplies', 'consignment', 'consignments', 'rescuers', 'medics', 'tonnes', 'tons',
  'cargo', 'shipment', 'shipments', 'convoy', 'batch']);
const BENEFIT_HEAD = new Set(['people', 'population', 'residents', 'citizens', 'refugees', 'victims', 'families', 'civilians', 'children']);
/**
 * The states help is said to be for: "for Ukraine", "for the Palestinian people", "for the people of Gaza" (a state,
 * never an organisation: "for UNRWA" names a channel).
 */
function beneficiary(tokens: Token[], ms: Mention[], from: number, to: number): string[] {
  const states = (m: Mention): boolean => !!m.code && !IGO.has(m.code) && !GENERIC.has(m.code) && m.kind !== 'person' && m.kind !== 'pronoun' && m.kind !== 'local' && m.kind !== 'focus';
  // (not a destination: "for the Polish city of Katowice")
  const got = ms.filter((m) => m.start > from && m.start < to && states(m) && (m.prep === 'for' && !PLACE_NOUN.has(tokens[m.end]?.l ?? '') ||
    (tokens[m.start - 1]?.l === 'of' && BENEFIT_HEAD.has(tokens[m.start - 2]?.l ?? '') && tokens.slice(Math.max(from, m.start - 5), m.start - 2).some((t) => t.l === 'for'))));
  return uniq(got.map((m) => m.code));
}
/** "hundreds of rescuers", "thousands of tonnes": a count of help sent is cargo, not people of the place */
function cargoCount(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.l === 'of' && CARGO.has(tokens[i + 2]?.l ?? '');
}
const HELP_CARGO = new Set(['aid', 'humanitarian', 'relief', 'rescuers', 'medics', 'doctors', 'medicines', 'tents', 'blankets', 'food', 'wheat', 'flour', 'clothing']);
const ARRIVE = new Set(['arrived', 'reached', 'landed', 'left', 'departed', 'delivered', 'headed', 'set', 'flew', 'crossed', 'entered']);
/**
 * Help told by its cargo, with no verb of giving: "a consignment of Kazakh humanitarian aid for Herat has arrived",
 * "a convoy carrying Indian wheat for Afghanistan left Amritsar", "a team of Kazakh rescuers landed … to help Türkiye".
 * The giver is the state named inside the cargo phrase or under "from"; the receiver is named under "for", "to help",
 * "to", or is the place reached.
 */
function cargoAid(tokens: Token[], ms: Mention[], attrib: number): Candidate | null {
  const verb = tokens.findIndex((t, i) => i < attrib && ARRIVE.has(t.l));
  if (verb <= 0) return null;
  const head = tokens.slice(0, verb);
  if (!head.some((t) => CARGO.has(t.l)) || !tokens.slice(0, attrib).some((t) => HELP_CARGO.has(t.l))) return null;
  const states = ms.filter((m) => m.code && m.start < attrib && PARTY_KINDS.has(m.kind) && !IGO.has(m.code));
  const giver = states.find((m) => m.start < verb && (m.prep === null || m.prep === 'of' || m.prep === 'from') && m.kind !== 'capital' &&
    tokens[m.start - 1]?.l !== 'for' && !(m.prep === null && tokens[m.end]?.l === "'s" && tokens.slice(0, m.start).some((t) => t.l === 'for')));
  if (!giver) return null;
  const helpTo = tokens.findIndex((t, i) => t.l === 'help' && tokens[i - 1]?.l === 'to');
  // ("aid for survivors of the earthquakes in Afghanistan's Herat province": whoever the cargo is for)
  const forAt = tokens.findIndex((t, i) => i < verb && t.l === 'for');
  const taker = states.find((m) => m.code !== giver.code && (m.prep === 'for' || m.prep === 'to' || (helpTo >= 0 && m.start === helpTo + 1) ||
    (m.start > verb && (m.prep === null || m.prep === 'in')) || (forAt >= 0 && m.start > forAt && m.start < verb)));
  if (!taker) return null;
  return wordCandidate('cargo', 'AID', null, '073', verb, 'past', [giver.code], [taker.code]);
}
/**
 * "ordered the aid after receiving an appeal from the Ukrainian government": an appeal received is the sender's request
 * to whoever acted on it. ("at the request of Tokayev", "at Kazakhstan's request" only give the reason of the act
 * being reported: the asking happened earlier, at no stated time, and is background, not a second happening.)
 */
function requestBehind(tokens: Token[], ms: Mention[], attrib: number, cands: Candidate[]): Candidate | null {
  let asker: Mention | undefined;
  for (let i = 0; i < attrib && !asker; i++) {
    if (APPEAL.has(tokens[i]!.l) && tokens[i + 1]?.l === 'from' && Wd.DETERMINER.has(tokens[i - 1]?.l ?? '')) {
      asker = ms.find((m) => m.start >= i + 2 && m.start <= i + 4 && m.code && m.kind !== 'pronoun' && m.kind !== 'city');
    }
  }
  if (!asker) return null;
  const at = asker.start;
  const main = cands.find((c) => !c.background && c.actor.length && !c.actor.includes(asker.code) && c.type !== 'REQUEST');
  // (with no act coded, the request went to the sentence's subject: "Tokayev ordered the aid after receiving an appeal…")
  const subject = main ? main.actor : ms.filter((m) => m.prep === null && m.start < asker!.start && m.code && m.code !== asker!.code &&
    PARTY_KINDS.has(m.kind)).slice(0, 1).map((m) => m.code);
  if (!subject.length) return null;
  return wordCandidate('request', 'REQUEST', null, '020', at, 'noun', [asker.code], [...subject]);
}
const APPEAL = new Set(['appeal', 'request', 'plea']);
/** "is on an official visit", "are on a two-day working visit": a copula, "on", then the visit's own words */
function onVisitNow(tokens: Token[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && j >= at - 4 && (Wd.DETERMINER.has(tokens[j]!.l) || /^(?:official|working|state|private|\w+-day)$/.test(tokens[j]!.l))) j--;
  return tokens[j]?.l === 'on' && (tokens[j - 1]?.l === 'is' || tokens[j - 1]?.l === 'are');
}
const CROWD = new Set(['crowd', 'crowds', 'rioters', 'protesters', 'demonstrators', 'mob', 'mobs', 'looters']);
/** The subject of the verb at i is a crowd: a crowd word left of it in its clause, with no verb between. */
function crowdSubject(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const l = tokens[j]!.l;
    if (CROWD.has(l)) return true;
    if (Wd.BOUNDARY.has(l) || l === ',' || (isVerbish(tokens[j]!) && l !== 'armed')) return false;
  }
  return false;
}
const POSTED = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'consul', 'chargé', 'charge']);
/**
 * The end of "Deputy Foreign Minister Alibek Bakayev" at i (a capitalised title run with an office word, then two or
 * three capitalised words no gazetteer entry starts), or i when there is none.
 */
function homeOfficial(tokens: Token[], i: number, known: (j: number) => boolean): number {
  let j = i;
  let office = false;
  while (j < tokens.length && tokens[j]!.cap && (OFFICES.has(tokens[j]!.l) || PORTFOLIO.has(tokens[j]!.l) ||
      TITLE_MODIFIERS.has(tokens[j]!.l)) && !known(j)) { if (OFFICES.has(tokens[j]!.l)) office = true; j++; }
  if (!office || j === i) return i;
  let k = j;
  while (k < tokens.length && k < j + 3 && tokens[k]!.cap && !tokens[k]!.punct && /^\p{Lu}[\p{Ll}'’-]+$/u.test(tokens[k]!.s) && !known(k)) k++;
  return k - j >= 2 ? k : i;
}
/** Is token j part of an official's title ("the chairman of Mongolia's State Great Khural", "Peru's foreign minister")? */
function titleWord(t: Token): boolean {
  return OFFICES.has(t.l) || PORTFOLIO.has(t.l) || TITLE_MODIFIERS.has(t.l) || Wd.ROLE.has(t.l) ||
    t.l === 'of' || t.l === "'s" || t.l === 'to' || t.l === 'and' || (t.cap && !t.punct);
}
/** An unknown two- or three-word name at i ("Dashzegve Amarbayasgalan"): its end, or i when there is none. */
function unknownName(tokens: Token[], i: number, known: (j: number) => boolean): number {
  let k = i;
  while (k < tokens.length && k < i + 3 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(tokens[k]!.s) && !OFFICES.has(tokens[k]!.l) && !known(k)) k++;
  return k - i >= 2 ? k : i;
}
/**
 * "received the chairman of Mongolia's State Great Khural, Dashzegve Amarbayasgalan, at…", "met Ana Ruiz, the foreign
 * minister of Peru": an official the lexicon does not know, set in apposition to a title that names his state, is
 * known by the surname for the rest of the document, as that state. The state is the title's own (its possessor,
 * adjective or "of"), never its posting ("Ukraine's ambassador to Kazakhstan, Petro Vrublevskiy").
 */
function bindApposed(tokens: Token[], out: Mention[], surnames: Map<string, Entry[]>, known: (j: number) => boolean): void {
  const stateIn = (from: number, to: number): string | null => {
    let office = false;
    for (let j = from; j < to; j++) if (OFFICES.has(tokens[j]!.l)) office = true;
    if (!office) return null;
    const m = out.find((x) => x.start >= from && x.end <= to && (x.kind === 'country' || x.kind === 'adjective') && x.prep !== 'to' && x.prep !== 'post' &&
      !(tokens[x.start - 1]?.l === 'to'));
    return m?.code ?? null;
  };
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.l !== ',') continue;
    // the title before: ", Name Name," or ", Name Name." closing the apposition
    const k = unknownName(tokens, i + 1, known);
    const close = tokens[k]?.l;
    if (k > i + 1 && (close === ',' || close === '.' || close === undefined)) {
      let j = i;
      while (j > 0 && j > i - 10 && titleWord(tokens[j - 1]!)) j--;
      const code = stateIn(j, i);
      if (code) { surnames.set(tokens[k - 1]!.s, [{ code, kind: 'person' }]); continue; }
    }
    // the title after: "Ana Ruiz, the foreign minister of Peru", "Ana Ruiz, Peru's foreign minister"
    let n = i - 1;
    while (n > 0 && n > i - 3 && /^\p{Lu}/u.test(tokens[n - 1]!.s)) n--;
    if (unknownName(tokens, n, known) !== i || (n > 0 && tokens[n - 1]!.cap && !tokens[n - 1]!.punct)) continue;
    let e = i + 1;
    if (tokens[e]?.l === 'the' || tokens[e]?.l === 'a') e++;
    const from = e;
    while (e < tokens.length && e < from + 9 && titleWord(tokens[e]!)) e++;
    const code = stateIn(from, e);
    if (code) surnames.set(tokens[i - 1]!.s, [{ code, kind: 'person' }]);
  }
}
/** Does the noun at i open an apposition (", the first summit", ", a rare visit", ", his second trip")? */
function apposedAt(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 5 && /^[a-z][a-z-]*$/.test(tokens[k]!.s) && !Wd.PREPS.has(tokens[k]!.l) && !isVerbish(tokens[k]!)) k--;
  return tokens[k]?.l === ',' && k < i - 1 && APPOSITION_OPEN.has(tokens[k + 1]!.l);
}
const APPOSITION_OPEN = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
const MESSAGE_TRIGGER = /\b(?:thank|congratulate|congratulations|gratitude)\b/;
const FORBORNE = new Set<EventType>(['SANCTION', 'ASSAULT', 'COERCE', 'MOBILIZE']);
const NGO_HEAD = new Set(['groups', 'group', 'organisations', 'organizations', 'watchdogs', 'watchdog', 'defenders', 'ngos']);
const NGO_MOD = new Set(['rights', 'freedom', 'media', 'humanitarian', 'advocacy', 'monitoring']);
/** what two sides have with a third: "cooperation with the UN", "ties with China" */
const TIE_NOUN = new Set(['cooperation', 'ties', 'relations', 'partnership', 'interaction', 'contacts', 'dialogue', 'trade', 'coordination']);
/** "condemned the strikes", "denounced these attacks on…": an attack named again by a definite article, right after the verb */
function definiteAttack(tokens: Token[], end: number): boolean {
  if (!DEFINITE_ARTICLE.has(tokens[end]?.l ?? '')) return false;
  const head = tokens.slice(end + 1, end + 4).findIndex((t) => ATTACK_NOUN.has(t.l));
  return head >= 0 && tokens.slice(end + 1, end + 1 + head).every((t) => /^[a-z-]+$/.test(t.s));
}
const DEFINITE_ARTICLE = new Set(['the', 'these', 'those', 'this', 'that', 'such']);
const ATTACK_NOUN = new Set(['attack', 'attacks', 'strike', 'strikes', 'shelling', 'bombing', 'raid', 'raids', 'incident', 'explosion', 'assault']);
const FIGHT_NOUN = new Set(['clashes', 'fighting', 'war', 'hostilities', 'shelling', 'shootout', 'skirmishes', 'conflict', 'unrest', 'violence', 'riots']);
/** "killed in the September fighting", "during the week of clashes": a fight named as the frame of what was suffered */
function fightNamedAfter(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length; j++) {
    if (!FIGHT_NOUN.has(tokens[j]!.l)) continue;
    for (let k = j - 1; k >= from && k >= j - 5; k--) if (BACKGROUND.has(tokens[k]!.l)) return true;
  }
  return false;
}
const ANNOUNCE = new Set(['announced', 'announces', 'announce', 'confirmed', 'confirms', 'confirm', 'agreed', 'agrees', 'said', 'says',
  'told', 'accepted', 'accepts', 'promised', 'pledged', 'decided', 'declared', 'reported', 'added', 'stated']);
const STATED_IN = new Set(['declaration', 'statement', 'communique', 'communiqué', 'agreement', 'decision', 'protocol', 'ministry', 'office', 'government']);
const SIGNED_THINGS = new Set(['agreements', 'documents', 'deals', 'contracts', 'memoranda', 'memorandums', 'accords', 'treaties', 'protocols']);
const BARE_GENERIC = new Set(['officials', 'ministers', 'delegations', 'leaders']);
const GENERIC_PLURAL = new Set(['leaders', 'presidents', 'participants', 'governments', 'ministers', 'heads', 'premiers', 'countries',
  'delegations', 'sides', 'parties', 'states', 'guarantors', 'signatories', 'officials', 'council']);
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, both: 2 };
const NUMBER_WORD = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both']);
const COUNTERPART = new Set(['emir', 'king', 'guest', 'host', 'counterpart', 'sultan', 'crown', 'counterparts', 'guests']);
const PLURAL_OTHER = new Set(['counterparts', 'guests']);
const SEPARATE = new Set(['separate', 'separately', 'respectively', 'individual', 'bilateral']);
/** "A and B attended.", "…also took part, along with C", "attended the summit": attendance of the gathering just told */
function attendsBack(tokens: Token[]): boolean {
  return tokens.some((t, k) => {
    const verb = ATTENDED.has(t.l) || (t.l === 'part' && (tokens[k - 1]?.l === 'took' || tokens[k - 1]?.l === 'taking'));
    if (!verb) return false;
    let j = k + 1;
    if (tokens[j]?.l === 'in' && t.l !== 'attended') j++;
    const next = tokens[j];
    // (no object, or the gathering itself told again: "the summit", "the meeting")
    return !next || (next.punct && next.l !== '-') || next.l === 'along' || next.l === 'too' ||
      (next.l === 'the' && Wd.GATHERINGS.has(tokens[j + 1]?.l ?? '') && j === k + 1 + (tokens[k + 1]?.l === 'in' ? 1 : 0) && (tokens[j + 2]?.punct ?? true));
  });
}
const ATTENDED = new Set(['attended', 'participated']);
/** documents in the plural: several texts signed */
const PLURAL_DOCS = new Set(['agreements', 'deals', 'accords', 'treaties', 'memoranda', 'memorandums', 'contracts', 'documents', 'protocols', 'mous', 'roadmaps']);
/** the trigger patterns of a journey or a stay abroad ("arrived in", "travelled to", "were in … for") */
const JOURNEY = /^(?:arrive|travel|be also\? in)\b/;
/** gatherings a journey may be made for: its travellers and host meet as one */
/** "arrived in Astana for the summit", "were in Samarkand for a regional summit": the journey's purpose, after "for"
 * (or "to attend") and a few modifiers, is a gathering */
function gatheringPurpose(tokens: Token[], hit: Hit, attrib: number): boolean {
  const end = Math.min(attrib, tokens.length);
  // (the pattern "be in ** for * summit" holds its purpose inside the hit)
  for (let i = hit.start; i < Math.min(end, hit.end + 8); i++) {
    const l = tokens[i]!.l;
    if (l !== 'for' && !(l === 'attend' || l === 'join')) continue;
    for (let j = i + 1; j < Math.min(end, i + 6); j++) {
      const w = tokens[j]!;
      if (Wd.GATHERINGS.has(w.l)) return true;
      if (w.punct || Wd.BOUNDARY.has(w.l)) break;
    }
    return false;
  }
  return false;
}
const ORG_NOUN = new Set(['secretary-general', 'bloc', 'organisation', 'organization', 'alliance', 'grouping']);
const ARMED = new Set(['gunmen', 'gunman', 'militants', 'militant', 'insurgents', 'attackers', 'attacker', 'assailants', 'assailant',
  'terrorists', 'jihadists', 'extremists', 'separatists']);
const PARTY_KINDS = new Set<Mention['kind']>(['country', 'adjective', 'people', 'capital', 'person', 'seat']);
/** The run of names before token i joined only by connectors ("Japarov and Rahmon … urged them"). */
function groupBefore(ms: Mention[], i: number, attrib: number, tokens: Token[]): string[] {
  const before = ms.filter((m) => m.end <= i && m.start < attrib && PARTY_KINDS.has(m.kind) && m.code);
  const last = before.at(-1);
  if (!last) return [];
  const group = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    const a = before[k]!, b = group[0]!;
    const gap = tokens.slice(a.end, b.start);
    if (gap.length <= 4 && gap.every((t) => Wd.CONNECT.has(t.l) || Wd.ROLE.has(t.l) || t.cap)) group.unshift(a);
    else break;
  }
  return uniq(group.map((m) => m.code));
}
const SIDES = new Set(['sides', 'parties', 'delegations']);
/** Two states named together in a sentence: "Armenia and Azerbaijan", "between Kabul and Islamabad", the last such pair. */
function namedPair(tokens: Token[], ms: Mention[]): string[] | null {
  for (let k = ms.length - 1; k > 0; k--) {
    const a = ms[k - 1]!, b = ms[k]!;
    if (!a.code || !b.code || a.code === b.code || IGO.has(a.code) || IGO.has(b.code) || !PAIR_KINDS.has(a.kind) || !PAIR_KINDS.has(b.kind)) continue;
    // (exactly two: "A and B", not the tail of "A, B and C")
    if (b.start - a.end !== 1 || tokens[a.end]?.l !== 'and' || tokens[a.start - 1]?.l === ',' || ms[k + 1]?.start === b.end + 1) continue;
    return [a.code, b.code];
  }
  return null;
}
const PAIR_KINDS = new Set<Mention['kind']>(['country', 'adjective', 'capital']);
function currentParties(st: DocState): string[] {
  // (the sides of mediated talks are the two who negotiate, not their host: "the two sides agreed to continue")
  if (st.current?.mode === 'third-party' && st.current.hosts?.length) {
    const sides = st.current.parties.filter((x) => !st.current!.hosts!.includes(x));
    if (sides.length >= 2) return sides;
  }
  // (a gathering of an organisation counts its organisation among the sides: "Leaders of the CIS met in Bishkek … The
  // leaders signed" are the gathering's, though only its host is named yet)
  if (st.current?.mode === 'multilateral' && st.current.parties.length === 1 && st.current.orgs?.length) return st.current.parties;
  return st.current && st.current.parties.length >= 2 ? st.current.parties : st.lastParties;
}
/** "the two men", "both women": two people, the leaders just named */
const PAIR_PEOPLE = new Set(['men', 'women']);
const PASSIVE_AUX = new Set(['were', 'are', 'was', 'is', 'been', 'being']);
const PAIR_NOUN = new Set(['leaders', 'presidents', 'sides', 'countries', 'ministers', 'governments', 'delegations',
  'heads', 'states', 'nations', 'parties', 'premiers', 'counterparts', 'neighbours', 'neighbors', 'capitals']);
/** "a group of Yoruba leaders", "thousands of students": the group is its members */
const QUANT_NOUN = new Set(['group', 'groups', 'patch', 'number', 'dozens', 'hundreds', 'thousands', 'tens', 'millions',
  'members', 'part', 'most', 'some', 'many', 'team', 'contingent', 'batch', 'unit', 'units', 'crowd', 'crowds', 'band',
  // ("a battalion of Iran's Revolutionary Guards": a formation is its force's, as a contingent is)
  'battalion', 'battalions', 'brigade', 'brigades', 'company', 'detachment', 'detachments', 'squadron', 'regiment']);
const PLACE_NOUN = new Set(['border', 'borders', 'frontier', 'coast', 'province', 'region', 'city', 'town', 'capital',
  'territory', 'waters', 'soil', 'side', 'village', 'airspace', 'port', 'steppe']);

function pick(entries: Entry[], ref: Date | null): Entry | undefined {
  if (entries.length === 1) return entries[0];
  const persons = entries.filter((e) => e.kind === 'person');
  if (persons.length && persons.length === entries.length) {
    const day = ref ? dayOf(ref) : null;
    const inOffice = day ? persons.filter((e) => (e.from ?? '') <= day && (!e.to || e.to >= day)) : [];
    if (inOffice[0]) return inOffice[0];
    return [...persons].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
  }
  // a state's name beats a city of the same name; an organisation beats an adjective
  const order: Entry['kind'][] = ['water', 'igo', 'country', 'person', 'group', 'seat', 'capital', 'adjective', 'people', 'city'];
  return [...entries].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
}

/**
 * The state the story's disaster struck: in the first sentence naming an earthquake, flood or the like, the state
 * named nearest that word ("rushed rescue teams to Türkiye after Monday's earthquakes").
 */
function strickenOf(parsed: { tokens: Token[]; mentions: Mention[] }[]): string | null {
  for (const { tokens, mentions } of parsed) {
    const at = tokens.findIndex((t) => STRIKE.has(t.l));
    if (at < 0) continue;
    const near = mentions.filter((m) => m.code && !IGO.has(m.code) && !GENERIC.has(m.code) && m.kind !== 'person' && m.kind !== 'pronoun')
      .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
    if (near) return near.code;
  }
  return null;
}

function focusOf(all: Mention[][]): string | null {
  const n = new Map<string, number>();
  // the document's focus is a state: organisations and generic actors (NGO, IMG, MNC) never are
  for (const ms of all) for (const m of ms) if (m.code && !IGO.has(m.code) && !GENERIC.has(m.code) && m.kind !== 'person') n.set(m.code, (n.get(m.code) ?? 0) + 1);
  let best: string | null = null;
  let bn = 0;
  for (const [c, k] of n) if (k > bn) { best = c; bn = k; }
  return best;
}

const uniq = (xs: string[]): string[] => [...new Set(xs.filter(Boolean))];
const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

function isVerbish(t: Token): boolean {
  return !t.cap && /^[a-z]+ed$/.test(t.l) && t.l.length > 4;
}

function auxBefore(tokens: Token[], i: number, pledge = false): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const l = tokens[j]!.l;
    if (pledge && continuationAt(tokens, j)) { out.push(l); continue; }
    if (!Wd.AUXFILL.has(l) && !Wd.BE.has(l)) break;
    out.push(l);
  }
  return out;
}

/** an organisation named within eight words after `end`, in the same clause: "meeting of [the Ministers of Foreign
 *  Affairs of] the CICA" */
function organisationAfter(tokens: Token[], ms: Mention[], end: number): boolean {
  const m = ms.find((x) => x.start >= end && x.start <= end + 8 && IGO.has(x.code));
  return !!m && !tokens.slice(end, m.start).some((t) => t.l === ',' || CLAUSE_BREAK.has(t.l) || Wd.SAY.has(t.l));
}

/** an organisation named in the eight words before `start`, with no clause break between ("leaders of the CIS countries
 *  gathered") */
function organisationBefore(tokens: Token[], ms: Mention[], start: number): boolean {
  const m = ms.findLast((x) => x.end <= start && x.end >= start - 8 && IGO.has(x.code));
  return !!m && !tokens.slice(m.end, start).some((t) => t.l === ',' || CLAUSE_BREAK.has(t.l) || Wd.SAY.has(t.l));
}

/** a stay for a gathering, or for a ceremony or games */
const STAY_FOR = new Set([...Wd.GATHERINGS, 'games', 'ceremony']);
/** "spent Thursday in Bishkek at a summit": the stay was for a gathering named after it, which is the event */
function gatheringAfter(tokens: Token[], end: number): boolean {
  return tokens.slice(end, end + 10).some((t) => STAY_FOR.has(t.l));
}

const CONTINUE = new Set(['continue', 'continues', 'continued', 'continuing']);
const GO_ON = new Set(['go', 'goes', 'went', 'going', 'keep', 'keeps', 'kept', 'keeping']);
/** "would continue to support", "will go on backing", "will keep helping": a verb of continuation carries the modal
 *  before it to the verb after it, so a pledge to keep supporting is a pledge (AGREE) like "will support". Only for
 *  support, help and cooperation: "will continue to call for reform" or "would keep meeting partners" is standing
 *  practice, no new act (rule 1) */
const PLEDGEABLE = new Set<EventType>(['SUPPORT', 'AID', 'COOPERATE', 'AGREE']);
function continuationAt(tokens: Token[], j: number): boolean {
  const l = tokens[j]!.l;
  if (CONTINUE.has(l)) return tokens[j + 1]?.l === 'to' || /ing$/.test(tokens[j + 1]?.l ?? '');
  if (l === 'on' && GO_ON.has(tokens[j - 1]?.l ?? '')) return /ing$/.test(tokens[j + 1]?.l ?? '');
  if (GO_ON.has(l) && tokens[j + 1]?.l === 'on') return /ing$/.test(tokens[j + 2]?.l ?? '');
  if (l === 'keep' || l === 'keeps') return /ing$/.test(tokens[j + 1]?.l ?? '');
  return false;
}

const HABITUAL = new Set(['repeatedly', 'regularly', 'consistently', 'often', 'always', 'traditionally', 'routinely', 'frequently', 'long', 'usually']);
function isHabit(tokens: Token[], i: number): boolean {
  let habitual = false, perfect = false;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const l = tokens[j]!.l;
    if (HABITUAL.has(l)) habitual = true;
    else if (Wd.HAVE.has(l)) perfect = true;
    else if (!Wd.AUXFILL.has(l) && !Wd.BE.has(l)) break;
  }
  return habitual && perfect;
}
const FORECAST = new Set(['expected', 'likely', 'unlikely', 'poised', 'tipped', 'predicted', 'forecast']);
/** "is expected to sign", "is likely to visit": a commentator's forecast, not a commitment */
/** "the three were released", "journalist X was released": the passive's subject is people, not a report or a film */
function releasedPeople(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (Wd.BE.has(tokens[k]!.l) || Wd.AUXFILL.has(tokens[k]!.l) || tokens[k]!.l === 'been' || tokens[k]!.l === 'later' || tokens[k]!.l === 'also')) k--;
  const head = tokens[k];
  if (!head || k === i - 1) return false;
  return NUMBER_WORD.has(head.l) || /^\d+$/.test(head.l) || PEOPLE.has(head.l) || DETAINEES.has(head.l) || head.l === 'he' || head.l === 'she' || head.l === 'they' ||
    (head.cap && k > 0 && tokens[k - 1]!.cap);
}
const DETAINEES = new Set(['prisoners', 'detainees', 'defendants', 'journalist', 'activist', 'lawyer', 'blogger', 'others', 'men', 'women',
  'suspects', 'hostages', 'captives', 'dissidents', 'opposition', 'leaders', 'members']);
/** "arrived in Astana to attend the summit", "crossed the border to take part in the exercise": the journey's purpose
 * is reported as done */
function cameToJoin(tokens: Token[], i: number, t: EventType): boolean {
  if (t !== 'CONSULT' && t !== 'COOPERATE') return false;
  for (let j = i - 2; j >= 0 && j >= i - 14; j--) {
    const l = tokens[j]!.l;
    if (l === ';' || l === '.' || Wd.BOUNDARY.has(l)) return false;
    if (MOTION.has(l)) return true;
  }
  return false;
}
const PURPOSE_PROTEST = new Set(['protest', 'demonstrate', 'rally', 'march']);
const MOTION = new Set(['arrived', 'travelled', 'traveled', 'flew', 'went', 'came', 'crossed', 'gathered', 'headed', 'landed', 'sailed', 'drove']);
/** "on the eve of", "ahead of", "after", "arriving from" up to four words before a gathering's name */
function timeFrame(tokens: Token[], i: number): boolean {
  // ("a week before the first EU–Central Asia summit": a compound name may stand between)
  for (let j = i - 1; j >= 0 && j >= i - 9; j--) {
    const l = tokens[j]!.l;
    if (l === ',' || l === ';') return false;
    // ("On the morning of the summit the head of Turkmenistan held bilateral meetings with …")
    if ((l === 'morning' || l === 'evening' || l === 'day') && tokens[j + 1]?.l === 'of' && tokens[j - 1]?.l === 'the') return true;
    if (l === 'eve' || l === 'ahead' || l === 'before' || l === 'after' || l === 'following' || (l === 'from' && /^(arriving|coming|returning|flying|travelling|traveling)$/.test(tokens[j - 1]?.l ?? ''))) return true;
  }
  return false;
}
/** "are both expected at the summit" */
function expectedAt(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    if (tokens[j]!.l === 'expected' && (tokens[j + 1]?.l === 'at' || tokens[j + 1]?.l === 'in')) return true;
    if (tokens[j]!.punct) return false;
  }
  return false;
}
/** "is expected to address a forum and meet business leaders": a verb joined to a forecast shares it */
function forecastCoordinated(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.l !== 'and') return false;
  for (let j = i - 2; j >= 2 && j >= i - 14; j--) {
    const l = tokens[j]!.l;
    if (l === ';' || l === 'but' || l === 'while' || Wd.SAY.has(l)) return false;
    if (l === 'to' && FORECAST.has(tokens[j - 1]!.l) && Wd.BE.has(tokens[j - 2]!.l)) return true;
  }
  return false;
}
function isForecast(tokens: Token[], i: number): boolean {
  // "are expected to be signed": step over the passive's "be"
  if (tokens[i - 1]?.l === 'be' && tokens[i - 2]?.l === 'to') i--;
  return tokens[i - 1]?.l === 'to' && FORECAST.has(tokens[i - 2]?.l ?? '') && Wd.BE.has(tokens[i - 3]?.l ?? '');
}

function intentBefore(tokens: Token[], i: number): boolean {
  // "plans to visit", "is expected to sign", "is to visit"
  if (tokens[i - 1]?.l !== 'to') return false;
  const w = tokens[i - 2]?.l ?? '';
  return Wd.INTENT.has(w) || (Wd.BE.has(w) && tokens[i - 2]?.l !== 'been');
}

function willBeHeld(tokens: Token[], end: number): boolean {
  // "meetings with the Ukrainian side would take place", "the summit is to be held": within the phrase, up to a boundary
  // ("the first Central Asia – EU summit, to be held in Samarkand": a comma may open the reduced clause)
  const from = tokens[end]?.l === ',' && tokens[end + 1]?.l === 'to' ? end + 1 : end;
  const stop = tokens.findIndex((t, j) => j >= from && (Wd.BOUNDARY.has(t.l) || t.l === ',' || t.l === ';'));
  const w = tokens.slice(from, Math.min(stop < 0 ? tokens.length : stop, from + 9)).map((t) => t.l).join(' ');
  // ("Xi Jinping, whose state visit to Astana is expected in July": so is one expected)
  return /(?:^|\s)(?:will|would|is to|are to|is expected to|are expected to|is scheduled to|is set to) (?:be|take|resume|return|go|open|convene|continue)\b/.test(w) ||
    /(?:^|\s)(?:is|are) (?:expected|planned|scheduled|due) (?:in|on|for|at|next|later|this)\b/.test(w) ||
    /^to be (?:held|hosted|convened|organised|organized)\b/.test(w);
}

/** "would chair the summit", "is expected to address a forum": a gathering object of a verb in the future */
function futureGoverned(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
    const l = tokens[j]!.l;
    if (Wd.BOUNDARY.has(l) || l === ',' || Wd.SAY.has(l)) return false;
    if (Wd.FUTURE.has(l) || (l === 'to' && (FORECAST.has(tokens[j - 1]?.l ?? '') || tokens[j - 1]?.l === 'due'))) return true;
  }
  return false;
}

function inCondition(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const l = tokens[j]!.l;
    if (l === 'if' || l === 'unless' || l === 'whether') return true;
    if (l === ',' || l === ';' || Wd.BOUNDARY.has(l)) return false;
  }
  return false;
}

const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'week', 'month', 'year', 'recently', 'recent', 'ago', 'earlier']);
// per-sentence memo: several triggers of one sentence ask the same question
const anchoredMemo = new WeakMap<Token[], boolean>();
function isAnchored(tokens: Token[]): boolean {
  let v = anchoredMemo.get(tokens);
  // ("According to Tokayev, Kazakhstan is ready to…": a statement sourced to someone named is reported news, as a trailing
  // "X said" is)
  if (v === undefined) anchoredMemo.set(tokens, (v = hasTimeWord(tokens) || hasPast(tokens) || (tokens[0]?.l === 'according' && tokens[1]?.l === 'to' && !!tokens[2]?.cap) ||
    // ("a decree that has just taken effect adds…": what has just happened is news)
    tokens.some((t, i) => (t.l === 'has' || t.l === 'have') && tokens[i + 1]?.l === 'just')));
  return v;
}
function hasTimeWord(tokens: Token[]): boolean {
  return tokens.some((t) => TIME_WORDS.has(t.l) || /^(19|20)\d\d$/.test(t.s));
}
const PAST_IRREGULAR = new Set(['met', 'held', 'gave', 'made', 'sent', 'took', 'led', 'fought', 'signed', 'was', 'were',
  'had', 'did', 'began', 'went', 'came', 'brought', 'won', 'lost', 'left', 'paid', 'struck', 'told', 'said']);
function hasPast(tokens: Token[]): boolean {
  return tokens.some((t, i) => !t.cap && i > 0 && (PAST_IRREGULAR.has(t.l) ||
    (/[a-z]{3,}ed$/.test(t.l) && !Wd.DETERMINER.has(tokens[i - 1]!.l) && !Wd.BE.has(tokens[i - 1]!.l) && !Wd.PREPS.has(tokens[i - 1]!.l))));
}

const STOP_ORDINAL = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'previous', 'last', 'final', 'latest']);
/**
 * "<place>, the second stop of/on/in …": the place is a stop of the trip of the clause's subject, a visit there. The
 * subject is the first party named with no preposition before the place ("Scholz had flown to Astana from Uzbekistan,
 * the first stop of his first trip"); "next" stops are plans and are left alone.
 */
function tripStop(tokens: Token[], ms: Mention[], attrib: number): Candidate | null {
  for (let j = 3; j < attrib; j++) {
    const l = tokens[j]!.l;
    if ((l !== 'stop' && l !== 'leg') || !STOP_ORDINAL.has(tokens[j - 1]!.l) || tokens[j - 2]!.l !== 'the' || tokens[j - 3]!.l !== ',') continue;
    if (!['of', 'on', 'in'].includes(tokens[j + 1]?.l ?? '')) continue;
    const place = ms.find((m) => m.end === j - 3 && m.code && PLACE_KINDS.has(m.kind) && !IGO.has(m.code));
    if (!place) continue;
    const who = ms.find((m) => m.start < place.start && m.prep === null && m.code && m.code !== place.code && m.kind !== 'city' && m.kind !== 'capital');
    if (!who) continue;
    const c = wordCandidate('stop', 'CONSULT', 'visit', '042', j, 'noun', [who.code], [place.code]);
    c.location = place.code;
    return c;
  }
  return null;
}
const WARN_VERB = new Set(['warned', 'warns', 'cautioned', 'threatened', 'threatens']);
/**
 * ", X warned (on Monday)." closing a clause of what will or must happen: the warning is the event. The warner is
 * named after the comma; the one warned is a state named before it, else the warner's own state (a warning at home).
 */
function trailingWarning(tokens: Token[], ms: Mention[]): Candidate | null {
  const comma = tokens.findLastIndex((t) => t.l === ',');
  if (comma < 2) return null;
  const tail = tokens.slice(comma + 1);
  const w = tail.findIndex((t) => WARN_VERB.has(t.l));
  if (w < 0 || w > 6 || tail.some((t) => t.l === 'that' || t.l === 'to')) return null;
  if (!tokens.slice(0, comma).some((t) => Wd.FUTURE.has(t.l) || Wd.MUST.has(t.l))) return null;
  const spk = uniq(ms.filter((m) => m.start > comma && m.start < comma + 1 + w && m.code).map((m) => m.code));
  if (!spk.length) return null;
  const about = uniq(ms.filter((m) => m.start < comma && m.code && !spk.includes(m.code) && m.kind !== 'city' && m.kind !== 'local').map((m) => m.code));
  return wordCandidate('warning', 'THREATEN', null, '130', comma + 1 + w, 'past', spk, about.length ? about : spk);
}

/** Index of the first token of a trailing attribution (", officials said", "according to X"), or tokens.length. */
function attributionStart(tokens: Token[]): number {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (i > 0 && tokens[i]!.l === 'according' && tokens[i + 1]?.l === 'to') {
      // "according to X" at the end, or as an opening phrase up to its comma
      const comma = tokens.findIndex((t, j) => j > i && t.l === ',');
      if (comma < 0 || tokens.slice(comma).every((t) => t.punct)) return i;
    }
  }
  // ", X said (on Monday)." at the end: the last comma followed by a say-verb without another trigger clause
  let extra = 0;
  for (let i = n - 1; i > 0; i--) {
    const l = tokens[i]!.l;
    if (l === ',' || l === '"' || l === '”' || l === "''") {
      const tail = tokens.slice(i + 1, n - extra);
      // (", … confirmed on Wednesday, asked about reports in the media": a participle elaborating the source belongs to it)
      if (l === ',' && extra === 0 && SOURCE_TAIL.has(tail[0]?.l ?? '')) { extra = n - i; continue; }
      // (what follows "X said" is a time or a place, not a clause: ", who flew in, said Kazakhstan was ready to…" is
      // reported speech, not a source; ", saying it would help…" elaborates the act before it and stays out)
      const say = tail.findIndex((t) => Wd.SAY.has(t.l));
      if (tail.length > 0 && tail.length <= 14 && say >= 0 && !tail.some((t) => t.l === 'that') &&
          (tail[0]?.l === 'saying' || tail[0]?.l === 'adding' || !tail.slice(say + 1).some((t) => Wd.BE.has(t.l) || Wd.HAVE.has(t.l) || Wd.FUTURE.has(t.l) || t.l === 'to'))) return i;
      if (l === ',') break;
    }
  }
  return n;
}
/** a clause's date: the first before its attribution, else the statement's ("…, the State Department said on Saturday") */
/**
 * The dates of a sentence that can date the sentences after it: not one that names an earlier happening by a noun
 * ("thanked them for standing by India after the April terrorist attack"), which dates that attack only.
 */
function carriable(text: string, dates: readonly DateMention[]): readonly DateMention[] {
  return dates.filter((d) => !(/\b(?:the|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, d.index - 6), d.index)) &&
    /^[A-Z][a-z]+$/.test(text.slice(d.index, d.end)) && ATTRIB_AFTER.test(text.slice(d.end, d.end + 40))));
}
function clauseDate(dates: readonly DateMention[], attribAt: number): string | null {
  return dates.find((d) => d.index < attribAt)?.date ?? dates.find((d) => d.index >= attribAt)?.date ?? null;
}

/** where the phrase after i ends: the next comma, "and", clause word or the attribution */
function clauseStop(tokens: Token[], i: number, attrib: number): number {
  for (let j = i; j < attrib; j++) if (tokens[j]!.l === ',' || tokens[j]!.l === 'and' || Wd.BOUNDARY.has(tokens[j]!.l)) return j;
  return attrib;
}
const OBJECT_PRONOUN = new Set(['it', 'them', 'him', 'her']);
const SOURCE_TAIL = new Set(['asked', 'speaking', 'citing', 'quoting', 'quoted', 'responding', 'referring', 'commenting', 'answering', 'writing']);

function attribSpeaker(tokens: Token[], ms: Mention[], attrib: number): string[] {
  if (attrib >= tokens.length) return [];
  return uniq(ms.filter((m) => m.start >= attrib && m.kind !== 'city' && m.kind !== 'capital' && m.prep !== 'in').map((m) => m.code)).slice(0, 2);
}

/**
 * "Putin told Tokayev he would come", "Iraq told the UN it would allow inspectors back": the subject of what was told
 * is the teller, not the one told, when the pronoun opens the told clause right after its addressee.
 */
function tellerOf(tokens: Token[], before: Mention[], at: number): string | undefined {
  const addressee = before.at(-1);
  if (!addressee) return undefined;
  let k = addressee.end;
  // ("told the Chinese president that he…": the addressee's noun after its adjective)
  while (k < at && (Wd.ROLE.has(tokens[k]!.l) || OFFICES.has(tokens[k]!.l))) k++;
  // (a time phrase may come between: "told Tokayev on Monday that he…")
  const rest = tokens.slice(k, at);
  if (rest.length > 5 || rest.some((t) => t.l === 'and' || t.l === 'but' || isVerbish(t) || Wd.SAY.has(t.l)) ||
      (rest.length > 0 && rest.at(-1)!.l !== 'that' && rest.at(-1)!.l !== ',' && !TIME_WORD.test(rest.at(-1)!.s))) return undefined;
  let verb = addressee.start - 1;
  while (verb >= 0 && (Wd.DETERMINER.has(tokens[verb]!.l) || Wd.ROLE.has(tokens[verb]!.l) || OFFICES.has(tokens[verb]!.l))) verb--;
  if (verb < 0 || !TELL.has(tokens[verb]!.l)) return undefined;
  return before.filter((r) => r.end <= verb).at(-1)?.code;
}
/** CAMEO codes of cooperation that is one joint undertaking: cooperating, relations established, exercises (sharing intelligence keeps its direction) */
const JOINT_COOP = new Set(['060', '062']);
const MODIFIED_HEAD = new Set(['court', 'courts', 'tribunal', 'police', 'policemen', 'squad', 'squads', 'gear', 'helicopter', 'helicopters', 'unit', 'units', 'vehicles',
  // ("a press conference", "press freedom groups", "slaughter equipment")
  'conference', 'conferences', 'release', 'releases', 'service', 'secretary', 'freedom', 'office', 'briefing', 'equipment', 'corps', 'agency',
  // ("sanctions officials from the US and the UK warned", "aid officials said": who works on the matter, not the act)
  'official', 'officials', 'envoy', 'envoys', 'expert', 'experts', 'negotiator', 'negotiators', 'coordinator', 'coordinators']);
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|weekend|morning|evening|day|\d{1,4})$/;
const TELL = new Set(['told', 'tells', 'tell', 'informed', 'informs', 'assured', 'assures', 'reminded', 'reminds', 'notified', 'notifies', 'promised', 'promises']);
function lastIndexBefore(tokens: Token[], i: number, f: (t: Token) => boolean): number {
  for (let j = i - 1; j >= 0; j--) if (f(tokens[j]!)) return j;
  return -1;
}

/** The subject: names left of the trigger in its clause, outside prepositional phrases. */
const OPENING_PREP = new Set(['on', 'at', 'in', 'during', 'following', 'after', 'before', 'amid', 'ahead', 'within', 'under']);
/** "…and signed", "…, and they adopted": a finite verb right after "and" (its subject, an adverb or "also" between) */
function secondVerb(tokens: Token[], from: number, at: number): boolean {
  let j = at - 1;
  while (j > from && at - j <= 3 && (Wd.PRONOUN.has(tokens[j]!.l) || tokens[j]!.l === 'also' || tokens[j]!.l === 'then' || Wd.AUXFILL.has(tokens[j]!.l))) j--;
  return j >= from && tokens[j]!.l === 'and' && !tokens.slice(from, j).some((t) => Wd.SAY.has(t.l) || Wd.RELATIVE.has(t.l));
}
/** words that may open a noun phrase in apposition */
const APPOSED_HEAD = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'both', 'all']);
/**
 * The comma opening a noun phrase in apposition that ends with the comma at `close`, or -1: the phrase follows a
 * name, opens with a determiner, a title or a capitalised word, and holds no verb, clause word or second comma.
 */
function appositionOpen(tokens: Token[], ms: Mention[], close: number): number {
  const open = lastIndexBefore(tokens, close, (t) => t.l === ',');
  if (open < 1 || close - open < 2 || close - open > 16) return -1;
  if (!ms.some((m) => m.end === open && m.code && m.kind !== 'city' && m.kind !== 'pronoun')) return -1;
  const first = tokens[open + 1]!;
  if (!(APPOSED_HEAD.has(first.l) || Wd.ROLE.has(first.l) || first.cap)) return -1;
  const inner = tokens.slice(open + 1, close);
  if (inner.some((t) => t.punct && t.l !== '-' && t.l !== "'" || Wd.BOUNDARY.has(t.l) || Wd.SAY.has(t.l) || Wd.BE.has(t.l) || Wd.HAVE.has(t.l) ||
      Wd.FUTURE.has(t.l) || isVerbish(t) || /ing$/.test(t.l) && !t.cap || t.l === 'and' && inner.indexOf(t) < 2)) return -1;
  return open;
}
/** the first word of the clause from lo, past a dateline's dash */
function firstWord(tokens: Token[], lo: number): string {
  let k = lo;
  while (k < tokens.length && (tokens[k]!.punct || Wd.DASH.has(tokens[k]!.l))) k++;
  return tokens[k]?.l ?? '';
}
/** "leaders meeting in Brussels", "troops guarding the border": an -ing word right after a plural noun describes it */
function describesNoun(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  return !!prev && /^[a-z]+s$/.test(prev.s) && !Wd.BE.has(prev.l) && !Wd.AUXFILL.has(prev.l) && !Wd.PREPS.has(prev.l);
}
function subjectOf(i: number, tokens: Token[], ms: Mention[], hits: Hit[], depth = 0): string[] {
  let lo = 0;
  let bare = false;
  let skip: [number, number] | null = null;
  for (let j = i - 1; j >= 0; j--) {
    const l = tokens[j]!.l;
    if (l === ')') {
      // "Hizbollah (Party of God) group declared": step over the parenthesis
      const open = lastIndexBefore(tokens, j, (t) => t.l === '(');
      if (open >= 0) { j = open; continue; }
    }
    // a name's own words ("the Central Asian states") are no clause boundary
    const inName = ms.find((m) => j >= m.start && j < m.end && m.start < j);
    if (inName) { j = inName.start; continue; }
    // "Tolenbergen, who met the Tajik delegation, thanked…": step over a relative clause set off by commas
    if (l === ',' && j === i - 1) {
      const rel = lastIndexBefore(tokens, j, (t) => t.l === 'who' || t.l === 'which' || t.l === ',');
      if (rel > 1 && (tokens[rel]!.l === 'who' || tokens[rel]!.l === 'which') && tokens[rel - 1]!.l === ',') { skip = [rel - 1, j]; j = rel - 1; continue; }
      // "Tokayev and To Lam, General Secretary of the party of Vietnam, adopted…", "delegations of A, B and C, the
      // guarantor states, held…": a noun phrase set off by commas after a name describes it; the subject goes on
      const open = appositionOpen(tokens, ms, j);
      if (open > 0) { skip = [open, j]; j = open; continue; }
    }
    // ("EU leaders meeting in Brussels promised Turkey…": a participle that describes the subject is no boundary)
    const before = hits.find((h) => h.end - 1 === j && h.start < i);
    if (before && before.form === 'ing' && before.start === j && describesNoun(tokens, j)) continue;
    // (so is the noun of its phrase: "NATO leaders meeting at a summit in Madrid agreed…")
    if (before && before.form === 'noun' && hits.some((h) => h.form === 'ing' && h.end <= before.start && before.start - h.end <= 3 && describesNoun(tokens, h.start))) continue;
    if (Wd.BOUNDARY.has(l) || Wd.SAY.has(l) || before) { lo = j + 1; break; }
    if (bareClauseAt(tokens, ms, hits, j)) { lo = j + 1; bare = true; break; }
  }
  const inClause = ms.filter((m) => m.start >= lo && m.end <= i && (m.prep === null || bare) && m.kind !== 'city' && !(skip && m.start >= skip[0] && m.start <= skip[1]));
  // "Tokayev called Türkiye a partner and presented…": a name after an earlier verb of the same subject is its
  // object; the coordinated verb shares that verb's subject
  let k0 = i - 1;
  while (k0 >= 0 && (Wd.AUXFILL.has(tokens[k0]!.l) || tokens[k0]!.l === ',')) k0--;
  if (tokens[k0]?.l === 'and' && inClause.length && depth < 2) {
    const last = inClause.at(-1)!;
    const verb = lastIndexBefore(tokens, last.start, (t) => !t.cap && (PAST_IRREGULAR.has(t.l) || /^[a-z]{3,}ed$/.test(t.l)));
    if (verb > lo && !ms.some((m) => m.start < verb && m.end > verb)) {
      const subj = subjectOf(verb, tokens, ms, hits, depth + 1);
      if (subj.length) return subj;
    }
  }
  // "A CSTO peacekeeping force made up of troops from Russia, Belarus and Armenia took up positions": the organisation
  // whose force it is acts, not the states its force is made of
  const madeOf = tokens.findIndex((t, k) => k >= lo && k < i && (COMPOSED.has(t.l) || (t.l === 'made' && tokens[k + 1]?.l === 'up')));
  const owner = madeOf >= 0 ? inClause.find((m) => m.end <= madeOf && IGO.has(m.code)) : undefined;
  if (owner) return [owner.code];
  if (inClause.length) {
    // the name group nearest the verb: stop at a gap of words that are neither names nor connectors
    const group: Mention[] = [inClause.at(-1)!];
    // ("told Tokayev he would come": a pronoun subject is a clause's whole subject, "they" every party it stands for;
    // the name before it was told)
    const near = group[0]!;
    if (near.kind === 'pronoun') return uniq(inClause.filter((m) => m.start === near.start).map((m) => m.code));
    for (let k = inClause.length - 2; k >= 0; k--) {
      const a = inClause[k]!, b = group[0]!;
      const gap = tokens.slice(a.end, b.start);
      // ("On the margins of the UN General Assembly, Kazakh Foreign Minister Nurtleu met…": a name in an opening phrase
      // is no part of the subject after its comma)
      if (gap.some((t) => t.l === ',') && OPENING_PREP.has(firstWord(tokens, lo)) && !tokens.slice(lo, a.end).some((t) => t.l === ',')) break;
      // (plain words may join a group, "Kazakh and visiting Chinese officials", but a verb ends it: "Thailand had
      // allowed Kazakh citizens" names a subject and an object)
      // ("the heads of the Gulf states and of the five Central Asian countries": a number is part of the second name)
      if (gap.length <= 6 && gap.every((t) => Wd.CONNECT.has(t.l) || Wd.ROLE.has(t.l) || t.cap || t.l === '-' || t.l === 'of' || NUMBER_WORD.has(t.l) ||
          /^[a-z]+$/.test(t.l) && gap.length <= 3 && !isVerbish(t) && !Wd.HAVE.has(t.l) && !Wd.BE.has(t.l) && !Wd.FUTURE.has(t.l) && !PAST_IRREGULAR.has(t.l))) group.unshift(a);
      // ("Kazakhstan's Energy Ministry, the Samruk-Kazyna sovereign wealth fund and Saudi Arabia's ACWA Power signed": a
      // list of long noun phrases, its last joined by "and", with no verb among them)
      else if (gap.length <= 14 && gap.at(-1)?.l === 'and' && (gap.length <= 6 || gap.some((t) => t.l === ',')) && gap.every((t) => t.l === ',' || t.l === "'s" ||
          t.l === '-' || Wd.CONNECT.has(t.l) || Wd.DETERMINER.has(t.l) || t.cap || (/^[a-z][a-z-]*$/.test(t.l) && !isVerbish(t) &&
          !Wd.HAVE.has(t.l) && !Wd.BE.has(t.l) && !Wd.FUTURE.has(t.l) && !PAST_IRREGULAR.has(t.l) && !Wd.PREPS.has(t.l) && !Wd.SAY.has(t.l)))) group.unshift(a);
      // ("Kazakhstan's Minister of Industry and Construction Yersayin Nagaspayev and Lutnick signed": a state's titled
      // official, however long the title, joined to the next signatory by "and")
      else if (gap.length <= 12 && tokens[a.end]?.l === "'s" && gap.at(-1)?.l === 'and' &&
          gap.slice(1, -1).every((t) => t.cap || t.l === 'of' || t.l === 'and' || t.l === '-' || Wd.ROLE.has(t.l))) group.unshift(a);
      else break;
    }
    return uniq(group.map((m) => m.code));
  }
  // a relative clause: "X, who visited Y": the antecedent
  const b = tokens[lo - 1]?.l;
  // ("said that …", "confirmed on Monday that …": "that" after a verb of saying opens reported speech, not a relative clause)
  const sayBefore = b === 'that' ? (timeAdverb(tokens, lo - 2) ? lo - 4 : lo - 2) : -1;
  if (sayBefore >= 0 && Wd.SAY.has(tokens[sayBefore]?.l ?? '') && depth < 2) {
    const group = subjectOf(sayBefore, tokens, ms, hits, depth + 1);
    if (group.length) return group;
  }
  if (b && Wd.RELATIVE.has(b) && !(sayBefore >= 0 && Wd.SAY.has(tokens[sayBefore]?.l ?? ''))) {
    // the name right before the pronoun is its antecedent even inside a phrase ("received by Tokayev, who called the
    // visit historic"); otherwise the nearest name outside prepositional phrases
    const rel = tokens[lo - 2]?.l === ',' ? lo - 2 : lo - 1;
    const ante = ms.filter((m) => m.end === rel && m.code && !PLACE_KINDS.has(m.kind)).at(-1) ??
      ms.filter((m) => m.end <= lo - 1 && m.prep === null && m.kind !== 'city').at(-1);
    // ("the heads of state who travelled": every party the antecedent stands for)
    if (ante) return uniq(ms.filter((m) => m.start === ante.start && m.end === ante.end && m.code).map((m) => m.code));
  }
  // reported speech: "X said (that) ...": the speaker
  if (b === 'that' || (b !== undefined && Wd.SAY.has(b))) {
    const sayAt = b === 'that' ? lo - 2 : lo - 1;
    if (sayAt >= 0 && (Wd.SAY.has(tokens[sayAt]?.l ?? '') || Wd.SAY.has(tokens[sayAt - 1]?.l ?? '') || true)) {
      // ("Kazakhstan and Uzbekistan said their ministers would meet": the whole subject of the verb of saying)
      if (depth < 2 && sayAt > 0 && !tokens[sayAt]!.punct) {
        const group = subjectOf(sayAt, tokens, ms, hits, depth + 1);
        if (group.length > 1) return group;
      }
      const s = ms.filter((m) => m.end <= lo && m.prep === null && m.kind !== 'city');
      if (s.length) return [s.at(-1)!.code];
    }
  }
  return [];
}

/** The first group of names right of the trigger, in the clause: direct objects or those under allowed prepositions. */
function objectOf(from: number, to: number, ms: Mention[], preps: Set<string>, passive: boolean, tokens?: Token[], noDirect = false): string[] {
  const gapOk = (a: number, b: number): boolean => {
    if (!tokens) return true;
    const gap = tokens.slice(a, b);
    // "an Israeli peace movement and the PLO": a list joined by "and" may carry a few plain words
    if (gap.length <= 4 && gap.some((t) => t.l === 'and') && gap.every((t) => /^[a-z]+$/.test(t.l))) return true;
    return gap.every((t) => Wd.CONNECT.has(t.l) || Wd.ROLE.has(t.l) || (t.cap && b - a <= 3) || t.l === 'with' || t.l === 'to');
  };
  const ok = (m: Mention): boolean => m.start >= from && m.start < to && m.kind !== 'city' && m.prep !== 'post' &&
    (m.prep === null ? !noDirect : preps.has(m.prep) || (!noDirect && !preps.has('!' + m.prep) && (!Wd.LOCATIVE.has(m.prep) || (m.prep === 'by' && !passive))));
  const cands = ms.filter(ok);
  if (!cands.length) return [];
  const group = [cands[0]!];
  for (let k = 1; k < cands.length; k++) {
    const a = group.at(-1)!, b = cands[k]!;
    if (b.start - a.end <= 5 && gapOk(a.end, b.start)) group.push(b);
    else break;
  }
  return uniq(group.map((m) => m.code));
}

function byAgent(from: number, to: number, tokens: Token[], ms: Mention[]): string[] {
  const at = tokens.findIndex((t, i) => i >= from && i < to && t.l === 'by');
  if (at < 0) return [];
  // ("Eight documents were signed, among them a declaration put forward by the Turkmen leader": past a comma, a
  // by-phrase after another participle is that participle's agent)
  const participle = (k: number): boolean => k > from && /(?:ed|en|put|set|made|drawn|brought)$/.test(tokens[k]?.l ?? '');
  if (tokens.slice(from, at).some((t) => t.l === ',') && (participle(at - 1) || (PARTICLE.has(tokens[at - 1]?.l ?? '') && participle(at - 2)))) return [];
  // (the agent is the names right after "by", joined as a list: "sent by Uzbekistan as aid reached Kabul" ends at the first)
  return firstGroup(ms.filter((m) => m.start > at && m.start <= at + 8 && m.kind !== 'city'), tokens).slice(0, 3);
}

const SANCTIONS_TALK = /\b(?:sanction|sanctions|sanctioned|blacklist|blacklisted|export controls?|restrictive measures|asset freezes?)\b/i;
const PLACE_NOUN_AFTER = new Set(['capital', 'city', 'region', 'province', 'border', 'coast', 'side', 'territory', 'soil']);
/** the day a dateline names ("ASHGABAT, October 11 –"), in the week before publication; otherwise null */
function datelineDay(text: string, published: string | null): string | null {
  const pub = parseRef(published);
  const n = datelineLength(text.slice(0, 200));
  if (!pub || n === 0) return null;
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b/i.exec(text.slice(0, n));
  if (!m) return null;
  const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m[1]!.toLowerCase().slice(0, 3));
  let d = new Date(Date.UTC(pub.getUTCFullYear(), month, Number(m[2])));
  if (d > pub) d = new Date(Date.UTC(pub.getUTCFullYear() - 1, month, Number(m[2])));
  const days = (pub.getTime() - d.getTime()) / 86400000;
  return days > 0 && days <= 7 ? d.toISOString().slice(0, 10) : null;
}
const PARTICLE = new Set(['forward', 'up', 'out', 'down', 'in', 'on', 'over']);
const LIST_NOUN = new Set(['list', 'lists', 'blacklist', 'register', 'package']);
function listKeeper(from: number, to: number, tokens: Token[], ms: Mention[]): string[] {
  for (let i = from; i < to; i++) {
    if (!LIST_NOUN.has(tokens[i]!.l)) continue;
    const m = ms.find((x) => x.end <= i && x.start >= i - 6 && x.start >= from && x.kind !== 'city' && x.kind !== 'pronoun' && x.code);
    return m ? [m.code] : [];
  }
  return [];
}

/** ", and the bloc agreed", "; Russia sent": a coordinated clause with a subject of its own starts between from and to */
function newClauseBetween(tokens: Token[], ms: Mention[], from: number, to: number): boolean {
  return clauseMarks(tokens, ms).some((j) => j >= from && j < to - 1);
}
/** Where the sentence's coordinated clauses with subjects of their own begin: found once per sentence (keyed by its
 * mentions), not once per trigger that asks */
const clauseMarkMemo = new WeakMap<Mention[], number[]>();
function clauseMarks(tokens: Token[], ms: Mention[]): number[] {
  let marks = clauseMarkMemo.get(ms);
  if (marks) return marks;
  marks = [];
  const subjects = new Set(ms.filter((m) => m.prep === null && m.kind !== 'pronoun').map((m) => m.start));
  for (let j = 0; j < tokens.length - 1; j++) {
    if (!((tokens[j]!.l === ',' && (tokens[j + 1]?.l === 'and' || tokens[j + 1]?.l === 'but')) || tokens[j]!.l === ';')) continue;
    const k = tokens[j + 1]?.l === 'and' || tokens[j + 1]?.l === 'but' ? j + 2 : j + 1;
    // (a pronoun subject is the same party going on: "rejected the plan, and said they opposed…" stays one act)
    if (subjects.has(k) || subjects.has(k + 1)) marks.push(j);
  }
  clauseMarkMemo.set(ms, marks);
  return marks;
}

/**
 * "Poland criticised Belarus and Lithuania recalled its envoy": a bare "and"/"but" at j opening a clause with a subject of
 * its own, a name followed by a finite verb, after a verb of an earlier clause. Without it the name would be read as a
 * second object of the first verb and the second verb's subject taken from the first clause.
 */
function bareClauseAt(tokens: Token[], ms: Mention[], hits: Hit[], j: number): boolean {
  const l = tokens[j]?.l;
  if (l !== 'and' && l !== 'but') return false;
  // (the earlier clause has a finite verb: in "On the sidelines of the meeting Tokayev and Putin held talks" the
  // "and" joins one subject)
  if (!hits.some((h) => h.end <= j && h.form !== 'noun' && h.form !== 'ing')) return false;
  let k = j + 1;
  let named = false;
  // the new subject: one name or several joined by "and" ("and Latvia and Estonia expelled…")
  for (;;) {
    const m = ms.find((x) => x.start === k || (x.start === k + 1 && tokens[k]?.l === 'the'));
    // (its preposition may be carried over the "and" from a time phrase: "on Monday and Lithuania recalled")
    if (!m || m.kind === 'pronoun' || m.kind === 'city' || !m.code) break;
    named = true;
    k = m.end;
    if (tokens[k]?.l === 'and' && ms.some((x) => x.start === k + 1 || (x.start === k + 2 && tokens[k + 1]?.l === 'the'))) { k++; continue; }
    break;
  }
  if (!named) return false;
  // a finite verb follows, an adverb or auxiliaries between: "and Lithuania also recalled", "and Minsk was warned"
  let aux = false;
  while (k < tokens.length && k - j <= 12 && (Wd.AUXFILL.has(tokens[k]!.l) || Wd.BE.has(tokens[k]!.l) || Wd.HAVE.has(tokens[k]!.l) ||
      Wd.FUTURE.has(tokens[k]!.l) || tokens[k]!.l === 'also' || tokens[k]!.l === 'then' || tokens[k]!.l === 'later')) {
    if (!Wd.AUXFILL.has(tokens[k]!.l) && tokens[k]!.l !== 'also' && tokens[k]!.l !== 'then' && tokens[k]!.l !== 'later') aux = true;
    k++;
  }
  const h = hits.find((x) => x.start === k);
  return !!h && h.form !== 'noun' && h.form !== 'ing' && (aux || h.form === 'past' || h.form === 's');
}

function clauseEndAfter(tokens: Token[], from: number, attrib: number, hits: Hit[], self: Hit, ms?: Mention[]): number {
  for (let j = from; j < attrib; j++) {
    const l = tokens[j]!.l;
    if (ms && bareClauseAt(tokens, ms, hits, j)) return j;
    if (l === ';' || l === 'while' || l === 'whereas' || l === 'but' || l === 'because' || l === 'although' || l === 'after' || l === 'before' || l === 'which' || l === 'who' || l === 'whose' || l === 'where' || l === 'if' || l === 'unless') return j;
    if (l === ',' && (tokens[j + 1]?.l === 'which' || tokens[j + 1]?.l === 'who' || tokens[j + 1]?.l === 'while')) return j;
    if (hits.some((h) => h !== self && h.start === j && h.def.t !== self.def.t && tokens[j - 1]?.l !== 'to' && !OBJECT_START.has(tokens[j - 1]?.l ?? '') &&
        (j - from > 3 || tokens[j - 1]?.l === 'and'))) return j;
  }
  return attrib;
}

function locationOf(tokens: Token[], ms: Mention[], attrib: number): string | null {
  const m = ms.find((x) => x.start < attrib && (x.prep === 'in' || x.prep === 'at') && PLACE_KINDS.has(x.kind)) ??
    ms.find((x) => x.start < attrib && x.prep !== null && Wd.LOCATIVE.has(x.prep) && x.prep !== 'by' && PLACE_KINDS.has(x.kind));
  return m?.code ?? null;
}

const CONFLICT_NOUNS = new Set<EventType>(['ASSAULT', 'PROTEST', 'COERCE', 'MOBILIZE', 'SANCTION', 'THREATEN', 'ACCUSE', 'REJECT', 'REQUEST']);
/**
 * Triggers that describe a participant rather than report the happening: a reduced relative ("property
 * seized by forces"), a conflict noun inside a phrase ("during demonstrations", "days of fighting"), or a
 * participial adjunct after a comma (", killing one person") when the sentence has a main event.
 */
function isModifier(hit: Hit, tokens: Token[], hits: Hit[], type: EventType): boolean {
  // ("an exchange mediated by the UAE": the mediation is a happening of its own)
  if (hit.def.med && tokens[hit.end]?.l === 'by') return false;
  const prev = tokens[hit.start - 1];
  const others = hits.some((h) => h !== hit && h.start < hit.start);
  if ((hit.form === 'pp' || hit.form === 'past') && prev && !prev.cap && !Wd.AUXFILL.has(prev.l) && !Wd.BE.has(prev.l) &&
      !Wd.HAVE.has(prev.l) && !Wd.PRONOUN.has(prev.l) && /^[a-z]+$/.test(prev.l) && tokens[hit.end]?.l === 'by' && others) return true;
  if ((hit.form === 'pp' || hit.form === 'past') && prev && !Wd.AUXFILL.has(prev.l) && !Wd.BE.has(prev.l) && !Wd.HAVE.has(prev.l) &&
      prev.l !== 'and' && prev.l !== ',' && !Wd.PRONOUN.has(prev.l) && /^[a-z]+$/i.test(prev.s)) {
    // "the demonstration staged by students", "West Africans ordered out": a participle after a noun, with a main verb before it
    // (the main act must be a verb: "During the talks the two sides signed" has a noun in an opening phrase before it)
    // ("leaders meeting in Brussels promised": a participle describing the subject is no main verb)
    const main = hits.find((h) => h !== hit && h.end <= hit.start && h.form !== 'noun' && !inBackgroundPhrase(tokens, h.start) &&
      !(h.form === 'ing' && describesNoun(tokens, h.start)) &&
      !tokens.slice(h.end, hit.start).some((t) => Wd.BOUNDARY.has(t.l) || t.l === 'and' || t.l === ','));
    if (main) return true;
  }
  // (a bare verb form right after a name is a verb: "Militants in Pakistan set off two bombs")
  if ((hit.form === 'noun' || hit.form === 'ing' || ((hit.form === 'base' || hit.form === 's') && !prev?.cap)) && CONFLICT_NOUNS.has(type)) {
    for (let j = hit.start - 1; j >= 0 && j >= hit.start - 4; j--) {
      const l = tokens[j]!.l;
      if (Wd.PREPS.has(l) && l !== 'to') return true;
      // ("signed an order on Thursday imposing tariffs": a time phrase ends before the participle, which is no gerund of it)
      if (Wd.AUXFILL.has(l) || Wd.BE.has(l) || Wd.PRONOUN.has(l) || Wd.FUTURE.has(l) || Wd.HAVE.has(l) || (j === hit.start - 1 && timeAdverb(tokens, j))) break;
      if (!Wd.DETERMINER.has(l) && !/^[a-z-]+$/.test(l) && !/^\d/.test(l) && !tokens[j]!.cap) break;
    }
  }
  if (hit.form === 'ing' && others) {
    // ", killing or wounding 50": a participial adjunct; "for traveling without papers": a gerund under a preposition
    for (let j = hit.start - 1; j >= 0 && j >= hit.start - 3; j--) {
      const l = tokens[j]!.l;
      // ", accusing it of…", ", urging Baku to…": a second statement by the same speaker is an event of its own
      if (l === ',' && j === hit.start - 1 && SPOKEN.has(type) && !hit.def.med && !hit.def.multi) break;
      if (l === ',' || (Wd.PREPS.has(l) && j === hit.start - 1)) return true;
      if (l !== 'or' && l !== 'and' && !l.endsWith('ing')) break;
    }
  }
  return false;
}

/** "on Thursday", "last week", "yesterday" ending at j: a time adverbial, not a noun modifier ("the September fighting") */
function timeAdverb(tokens: Token[], j: number): boolean {
  const l = tokens[j]?.l ?? '';
  if (l === 'today' || l === 'yesterday') return true;
  return TIME_WORDS.has(l) && TIME_OPENER.has(tokens[j - 1]?.l ?? '');
}
const TIME_OPENER = new Set(['on', 'last', 'this', 'next', 'in', 'early', 'late']);

const AFTER = new Set(['after', 'before', 'since', 'following', 'when', 'as', 'where', 'which', 'whom']);
function inAfterClause(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const l = tokens[j]!.l;
    // ("…, after which a package of documents was signed": what follows "after which" is told as news)
    if (l === 'which' && (tokens[j - 1]?.l === 'after' || tokens[j - 1]?.l === 'following')) return false;
    if (AFTER.has(l)) return !(l === 'as' && predicativeAs(tokens, j, i));
    if (l === ',' || l === ';' || (Wd.BOUNDARY.has(l) && !AFTER.has(l))) return false;
  }
  return false;
}
/**
 * "condemned the shooting as a crime and demanded…": an "as" after a verb's object names what the object is called, and
 * the verb after "and" is the main clause's second act; only an "as" with a verb of its own ("as tensions rose") opens
 * a clause of time or cause.
 */
function predicativeAs(tokens: Token[], as: number, i: number): boolean {
  let k = i - 1;
  while (k > as && (Wd.AUXFILL.has(tokens[k]!.l) || tokens[k]!.l === 'also' || tokens[k]!.l === 'then')) k--;
  if (tokens[k]?.l !== 'and' || as === 0 || tokens[as - 1]!.punct) return false;
  return !tokens.slice(as + 1, k).some((t) => isVerbish(t) || PAST_IRREGULAR.has(t.l) || Wd.BE.has(t.l) || Wd.HAVE.has(t.l) ||
    Wd.FUTURE.has(t.l) || Wd.SAY.has(t.l));
}

/** "on the sidelines of the summit", "on the margins of the forum": the gathering is the backdrop of a bilateral meeting */
function onSidelines(tokens: Token[], i: number): boolean {
  // ("on the margins of the high-level week of the 79th UN General Assembly": the phrase may be long, but not cross a comma)
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    if (SIDELINES.has(tokens[j]!.l)) return true;
    if (tokens[j]!.l === ',' || tokens[j]!.l === ';' || Wd.BOUNDARY.has(tokens[j]!.l)) return false;
  }
  return false;
}
const SIDELINES = new Set(['sidelines', 'margins', 'sideline', 'margin']);
/** i lies in an "on the sidelines of …" phrase: after "sidelines of", with no comma or clause word between */
function inBackdrop(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 12; j--) {
    const l = tokens[j]!.l;
    if (l === 'of' && SIDELINES.has(tokens[j - 1]!.l)) return true;
    if (l === ',' || l === ';' || l === 'with' || Wd.BOUNDARY.has(l)) return false;
  }
  return false;
}

const BACKGROUND = new Set(['during', 'in', 'of', 'amid', 'before', 'after', 'following', 'since', 'ahead', 'at', 'for']);
/** "a meeting between X and Y", "talks with X": a meeting noun that names its own parties */
/** a state or capital named as the object right after a verb of visiting ("visiting Uzbekistan", "visited the UAE") */
function destinationNamed(tokens: Token[], ms: Mention[], end: number): boolean {
  const at = tokens[end]?.l === 'the' ? end + 1 : end;
  return ms.some((m) => m.start === at && m.prep === null && m.code !== '' && (m.kind === 'country' || m.kind === 'capital') && !IGO.has(m.code));
}
/** "stops in Turkmenistan", "trip to the Emirates": the state or capital a trip's noun names as where it went */
const HIS = new Set(['his', 'her']);
/** the sidelines of a happening, or its course ("in the course of the trip") */
const MARGINS = new Set([...SIDELINES, 'course']);
/** "on the sidelines of his visit", "in the course of the trip": the noun at i is what the act was done beside */
function onMargins(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 4; j--) if (tokens[j]!.l === 'of' && MARGINS.has(tokens[j - 1]!.l)) return true;
  return false;
}
function tripDestination(tokens: Token[], ms: Mention[], end: number): boolean {
  // (the preposition may close the trigger itself: "stops in")
  const from = tokens[end]?.l === 'to' || tokens[end]?.l === 'in' ? end + 1 : tokens[end - 1]?.l === 'in' ? end : -1;
  if (from < 0) return false;
  const at = tokens[from]?.l === 'the' ? from + 1 : from;
  return ms.some((m) => m.start === at && m.code !== '' && (m.kind === 'country' || m.kind === 'capital') && !IGO.has(m.code));
}
function ownParties(tokens: Token[], ms: Mention[], hit: Hit): boolean {
  return possessor(tokens, ms, hit.start).length > 0 ||
    ms.some((m) => m.start >= hit.end && m.start <= hit.end + 6 && OWN_PREP.has(m.prep ?? '') && m.kind !== 'city');
}
const OWN_PREP = new Set(['between', 'with', 'to', 'by']);
const REFRAIN = new Set(['refrain', 'refrained', 'refrains', 'avoid', 'avoided', 'avoids', 'abstain', 'abstained']);
/** "was to have attended", "is due to fly on to": a plan, not a happening */
function unrealised(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 4; j--) {
    const l = tokens[j]!.l;
    if (l === 'to' && (tokens[j + 1]?.l === 'have' || tokens[j - 1]?.l === 'due') && Wd.BE.has(tokens[j - 1]?.l === 'due' ? tokens[j - 2]?.l ?? '' : tokens[j - 1]!.l)) return true;
    if (!Wd.AUXFILL.has(l) && l !== 'due' && l !== 'have') return false;
  }
  return false;
}
/** the preposition opening the phrase a meeting word sits in ("during" in "during Rahmon's state visit") */
/** frames that say the meeting happened (not "before" or "ahead of" it) */
const TOOK_PLACE_FRAME = new Set(['during', 'after', 'following', 'at']);
/** "on the eve of a visit", "during a G8 summit": the word that frames a meeting as the backdrop of another event */
function backgroundFrame(tokens: Token[], i: number): string | null {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const l = tokens[j]!.l;
    if (BACKGROUND.has(l)) return l;
    if (Wd.PREPS.has(l) || Wd.BOUNDARY.has(l) || l === ',') return null;
  }
  return null;
}
/** the main act of the clause a visit noun frames ("endorsed the bid during a visit to Ankara"): the first verb before
 *  it, when the visit sits in a phrase saying it took place then ("during", "at", "after", "following") */
function actFramedBy(tokens: Token[], hits: Hit[], visit: Hit): Hit | undefined {
  if (!TOOK_PLACE_FRAME.has(backgroundFrame(tokens, visit.start) ?? '')) return undefined;
  const act = hits.find((h) => h !== visit && h.end <= visit.start && h.form !== 'noun');
  return act && !tokens.slice(act.end, visit.start).some((t) => Wd.BOUNDARY.has(t.l) || t.l === ';') ? act : undefined;
}
/** "NATO leaders meeting in Madrid", "EU foreign ministers meeting in Luxembourg": a participle of meeting that describes
 *  the leaders or ministers of an organisation or of named states, with the place it met in, tells a gathering of
 *  theirs (rule 4: its participants, the host country as location); any other describing participle is no event */
function groupMeetingAt(hit: Hit, tokens: Token[], ms: Mention[]): Candidate | null {
  if (hit.def.p !== 'meet' || !MEMBER_HEADS.has(tokens[hit.start - 1]?.l ?? '') || !PLACE_PREP.has(tokens[hit.end]?.l ?? '')) return null;
  // the group's name ends at most two words before the participle ("NATO defence ministers")
  const head = ms.filter((m) => m.end >= hit.start - 3 && m.end <= hit.start - 1 && m.prep === null && m.code);
  if (!head.length || head.some((m) => m.kind === 'city' || m.kind === 'capital')) return null;
  const place = ms.find((m) => m.start > hit.end && m.start <= hit.end + 5 && m.prep !== null && PLACE_KINDS.has(m.kind));
  return { hit, type: 'CONSULT', mode: 'multilateral', cameo: '043', actor: uniq(head.map((m) => m.code)), recipient: [], location: place?.code ?? null, future: false, split: null };
}
function inBackgroundPhrase(tokens: Token[], i: number): boolean {
  return backgroundFrame(tokens, i) !== null;
}

/** "Astana International Forum", "the Samarkand summit": a place naming the gathering is its host. */
function nameHost(tokens: Token[], ms: Mention[], hit: Hit): string | null {
  // (not the last member of a format named by its sides: "the Central Asia – Russia summit")
  const m = ms.find((x) => x.end <= hit.start && hit.start - x.end <= 3 && (x.kind === 'capital' || x.kind === 'city' || x.kind === 'country') &&
    tokens.slice(x.end, hit.start).every((t) => t.cap) && !Wd.DASH.has(tokens[x.start - 1]?.l ?? ''));
  return m?.code ?? null;
}

function possessor(tokens: Token[], ms: Mention[], i: number): string[] {
  // "Tokayev's visit", "President Tokayev's recent visit"
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    if (tokens[j]!.l === "'s") {
      // ("the Kazakh leader's state visit", "the Russian foreign minister's trip": the state of the titled person)
      let k = j;
      while (k > 0 && Wd.ROLE.has(tokens[k - 1]!.l) && j - k < 3) k--;
      const m = ms.find((x) => x.end === j) ?? (k < j ? ms.find((x) => x.end === k && x.kind !== 'city') : undefined);
      if (m) return [m.code];
    }
  }
  return [];
}

/** The first run of names joined only by connectors: "Qatar, Azerbaijan and China". */
const PRESS = new Set(['press', 'news', 'media']);
const VIEW = new Set(['regard', 'regards', 'regarded', 'regarding', 'see', 'sees', 'saw', 'seen', 'view', 'views', 'viewed', 'consider',
  'considers', 'considered', 'serve', 'serves', 'served', 'act', 'acts', 'treat', 'treats', 'treated', 'value', 'values', 'valued']);
/** "regards X as the universal forum", "serves as a forum": the noun at i is the predicate of "as" after a verb of viewing */
function characterised(tokens: Token[], i: number): boolean {
  let k = i - 1;
  // (only determiners and modifiers between "as" and the noun: "as the universal, uncontested forum")
  while (k >= 0 && k >= i - 6 && tokens[k]!.l !== 'as' && (/^[a-z-]+$/.test(tokens[k]!.s) || tokens[k]!.l === ',')) k--;
  if (tokens[k]?.l !== 'as') return false;
  return tokens.slice(Math.max(0, k - 10), k).some((t) => VIEW.has(t.l));
}
const MEDIA = new Set(['coverage', 'footage', 'video', 'videos', 'film', 'films', 'documentary', 'report', 'reports', 'reporting', 'article',
  'articles', 'story', 'stories', 'publication', 'publications', 'post', 'posts', 'book', 'exhibition', 'propaganda']);
/** "a video about the September clashes", "coverage of the fighting": the noun at i is what a report or film tells of */
function reportedTopic(tokens: Token[], i: number): boolean {
  let k = i - 1;
  // (over a determiner, a possessive and modifiers: "about last year's clashes", "of the September border fighting")
  while (k >= 0 && k >= i - 5 && !['about', 'of', 'on'].includes(tokens[k]!.l) && (/^[A-Za-z-]+$/.test(tokens[k]!.s) || tokens[k]!.l === "'s")) k--;
  const p = tokens[k]?.l;
  if (p === 'about') return MEDIA.has(tokens[k - 1]?.l ?? '') || MEDIA.has(tokens[k - 2]?.l ?? '');
  return (p === 'of' || p === 'on') && MEDIA.has(tokens[k - 1]?.l ?? '');
}
const EXAMINED = new Set(['decoding', 'deciphering', 'decryption', 'analysis', 'examination', 'expert', 'inspection', 'repair', 'repairs', 'forensic']);
const CONTINGENT = new Set(['troops', 'forces', 'peacekeepers', 'contingents', 'units', 'soldiers', 'servicemen', 'rescuers', 'personnel']);
/** "troops from Russia, Belarus and Armenia": every actor is named in one from-list after a noun of a force */
function contingentFrom(tokens: Token[], ms: Mention[], actor: string[]): boolean {
  const from = tokens.findIndex((t, k) => t.l === 'from' && CONTINGENT.has(tokens[k - 1]?.l ?? ''));
  if (from < 0) return false;
  const list = firstGroup(ms.filter((m) => m.start > from), tokens);
  return actor.every((a) => list.includes(a));
}
const DEPART = new Set(['left', 'departed']);
/**
 * "left Kyrgyzstan for Kazakhstan", "departed from Tashkent for Kabul": the state a cargo left, named right after the
 * verb, and the one it left for (named in the "for"/"to" phrase, or as the "of" of that phrase's place: "for the
 * flood-stricken regions of Kazakhstan"); null unless both are named and differ.
 */
function departure(tokens: Token[], ms: Mention[], after: number): { from: string; to: string } | null {
  if (!DEPART.has(tokens[after - 1]?.l ?? '')) return null;
  const start = tokens[after]?.l === 'from' ? after + 1 : after;
  const from = ms.find((m) => m.start === start || (m.start === start + 1 && tokens[start]?.l === 'the'));
  if (!from || from.kind === 'person') return null;
  const forAt = tokens.findIndex((t, k) => k >= from.end && k <= from.end + 2 && (t.l === 'for' || t.l === 'to'));
  if (forAt < 0) return null;
  const to = ms.find((m) => m.start > forAt && m.start <= forAt + 7 && m.kind !== 'person' && m.code !== from.code &&
    !tokens.slice(forAt + 1, m.start).some((t) => t.l === ',' || Wd.BOUNDARY.has(t.l)));
  return to ? { from: from.code, to: to.code } : null;
}

const MEDIATOR_WORD = new Set(['mediators', 'mediator', 'shuttling', 'go-between', 'go-betweens']);
const ENVOY_WORD = new Set(['envoy', 'envoys', 'special', 'representative', 'representatives', 'mediator', 'mediators', 'negotiator', 'negotiators']);
/**
 * The states named as the mediators of talks after their trigger: the list just before "mediators" ("American, Russian
 * and French mediators") or before "shuttling" ("US envoy George Mitchell shuttling between the sides").
 */
function mediatorsNamed(tokens: Token[], ms: Mention[], from: number, to: number): string[] {
  const at = tokens.findIndex((t, k) => k >= from && k < to && MEDIATOR_WORD.has(t.l));
  if (at < 0) return [];
  const out: string[] = [];
  let k = at - 1;
  while (k >= from) {
    const m = ms.find((x) => x.end === k + 1 && x.start >= from);
    if (m) { if (m.code && m.kind !== 'pronoun') out.push(m.code); k = m.start - 1; continue; }
    const l = tokens[k]!.l;
    if (l === ',' || l === 'and' || ENVOY_WORD.has(l)) { k--; continue; }
    break;
  }
  return uniq(out);
}

const GOVERNING = new Set([...Wd.PREPS, 'after', 'before', 'since', 'amid', 'despite']);
/** a word in -s right after a preposition, or after a preposition and one lower-case word ("after official visits") */
function pluralAfterPreposition(tokens: Token[], at: number): boolean {
  const prev = tokens[at - 1];
  if (!prev) return false;
  if (GOVERNING.has(prev.l)) return true;
  return /^[a-z]+$/.test(prev.s) && !Wd.PREPS.has(prev.l) && !Wd.CONNECT.has(prev.l) && GOVERNING.has(tokens[at - 2]?.l ?? '');
}

function firstGroup(ms: Mention[], tokens: Token[]): string[] {
  if (!ms.length) return [];
  const group = [ms[0]!];
  for (let k = 1; k < ms.length; k++) {
    const a = group.at(-1)!, b = ms[k]!;
    const gap = tokens.slice(a.end, b.start);
    if (gap.length <= 5 && gap.every((t) => Wd.CONNECT.has(t.l) || Wd.ROLE.has(t.l) || t.cap || t.l === '-')) group.push(b);
    else break;
  }
  return uniq(group.map((m) => m.code));
}

const OBJECT_START = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
function startsObject(t: Token | undefined): boolean {
  return !!t && (OBJECT_START.has(t.l) || (t.cap && !t.punct));
}

const QUANT = new Set(['many', 'several', 'numerous', 'various', 'some', 'such', 'these', 'those', 'any', 'all', 'most', 'other', 'more', 'frequent', 'regular', 'future']);
/**
 * A candidate found by a construction rather than by a trigger of the lexicon (a verdict, a duty, a claim, cargo, a
 * request named as a reason): it stands on the one word that signals it.
 */
function wordCandidate(name: string, type: EventType, mode: string | null, cameo: string, at: number, form: Hit['form'], actor: string[], recipient: string[]): Candidate {
  const hit: Hit = { def: { p: name, t: type, m: mode ?? undefined, c: cameo }, start: at, end: at + 1, form };
  return { hit, type, mode, cameo, actor, recipient, location: null, future: false, split: null };
}
const COMPOUND_HEAD = new Set(['centre', 'centres', 'center', 'centers', 'hall', 'halls', 'room', 'rooms', 'venue', 'venues',
  'facilities', 'season', 'organisers', 'organizers', 'format', 'formats', 'platform', 'platforms', 'diplomacy', 'programme', 'program']);
/** Generic mentions of a kind of event: "many talks", "conference centres", "the forum" with nothing to place it. */
function isGeneric(hit: Hit, tokens: Token[], def: Hit['def']): boolean {
  if (hit.form !== 'noun' && !(hit.form === 'base' || hit.form === 's')) return false;
  for (let j = hit.start - 1; j >= 0 && j >= hit.start - 3; j--) {
    const l = tokens[j]!.l;
    if (QUANT.has(l)) return true;
    if (!/^[a-z-]+$/.test(l)) break;
  }
  const next = tokens[hit.end];
  if (next && COMPOUND_HEAD.has(next.l)) return true;
  // ("the talks were followed by the signing of a protocol": a signing is reported, not referred back to)
  // (but "With the signing of an MOU, the sides agreed…" opens the sentence as its backdrop)
  if (def.multi && (def.t !== 'SUPPORT' || hit.start <= 2) && tokens[hit.start - 1]?.l === 'the' && !tokens.some((t) => /^(19|20)\d\d$/.test(t.s) || TIME_WORDS.has(t.l))) return true;
  return false;
}

/** offices a story names its people by, and names again alone ("the minister", "the Secretary of State") */
/** "the minister", "The Secretary of State", "the foreign minister": a title after "the" with no name or state after it */
function bareTitle(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && TITLE_MODIFIERS.has(tokens[j]!.l)) j--;
  if (tokens[j]?.l !== 'the') return false;
  const after = tokens[i]!.l === 'secretary' ? (tokens[i + 1]?.l === 'of' && tokens[i + 2]?.l === 'state' ? i + 3 : -1) : i + 1;
  if (after < 0) return false;
  const next = tokens[after];
  // ("the President of Kazakhstan", "the president Nursultan Nazarbayev", "the minister-counsellor": more follows)
  return !next || (next.l !== 'of' && !next.cap && next.l !== '-' && next.l !== 'and');
}
/** the title a person's name is given under, right before it ("Secretary of State Michael Pompeo" → secretary) */
function titleBefore(tokens: Token[], m: Mention): string | null {
  for (let j = m.start - 1; j >= Math.max(0, m.start - 5); j--) {
    const t = tokens[j]!;
    if (REFERRING_OFFICES.has(t.l)) return t.l;
    if (!(t.cap || t.l === 'of' || TITLE_MODIFIERS.has(t.l))) return null;
  }
  return null;
}
/** the people each meeting was with, by state code, each person as the words of their name (see peopleMet) */
const MET = new WeakMap<CodedEvent, Map<string, string[][]>>();
/** the words that name a person mention (its title words left out), lower-cased; [] for a title alone ("the Kazakh leader") */
function nameWords(tokens: Token[], m: Mention): string[] {
  const out: string[] = [];
  for (let j = m.start; j < m.end; j++) { const t = tokens[j]!; if (t.cap && !NAME_TITLE.has(t.l) && t.l.length > 1) out.push(t.l); }
  return out;
}
/** one name shares a word with the other: "Xi Jinping" and "Xi", "Kassym-Jomart Tokayev" and "Tokayev" */
const samePerson = (a: string[], b: string[]): boolean => a.some((w) => b.includes(w));
/**
 * The people a meeting was with, by state, and the list its object names: "met President Kassym-Jomart Tokayev, the
 * former president Nursultan Nazarbayev and Foreign Minister Mukhtar Tileuberdi" lists three people of one state, each
 * met (spec rule 2: meetings with several ministers give one event per counterpart). A welcome at the airport is the
 * arrival, whoever stood there; a meeting with both together ("…, and they talked about") is one.
 */
function peopleMet(tokens: Token[], ms: Mention[], c: Candidate, attrib: number, hits: Hit[]): { byState: Map<string, string[][]>; listed: { code: string; names: string[][] } | null } | null {
  if (tokens.some((t) => t.l === 'airport')) return null;
  const parties = new Set([...c.actor, ...c.recipient]);
  const byState = new Map<string, string[][]>();
  for (const m of ms) {
    if (m.kind !== 'person' || !m.code || !parties.has(m.code) || m.start >= attrib) continue;
    const name = nameWords(tokens, m);
    if (!name.length) continue;
    const known = byState.get(m.code) ?? [];
    if (!known.some((n) => samePerson(n, name))) known.push(name);
    byState.set(m.code, known);
  }
  if (!byState.size) return null;
  // the object list: people of one state after the trigger, up to a clause boundary, another trigger or a joint act
  let listed: { code: string; names: string[][] } | null = null;
  const next = hits.filter((h) => h.start >= c.hit.end).reduce((a, h) => Math.min(a, h.start), attrib);
  let stop = Math.min(attrib, next);
  let together = false;
  for (let j = c.hit.end; j < stop; j++) {
    const l = tokens[j]!.l;
    together = l === 'and' && (tokens[j + 1]?.l === 'they' || tokens[j + 1]?.l === 'both');
    if ((Wd.BOUNDARY.has(l) && !Wd.DASH.has(l)) || together) { stop = j; break; }
  }
  const after = ms.filter((m) => m.kind === 'person' && m.code && parties.has(m.code) && m.start >= c.hit.end && m.start < stop);
  // (officials the lexicon does not know, "Mazhilis Chairman Nurlan Nigmatulin", are of the side met)
  const other = c.hit.def.rev ? c.actor : c.recipient;
  const unknown = unknownOfficials(tokens, ms, c.hit.end, stop);
  const codes = uniq(after.map((m) => m.code));
  if (!codes.length && unknown.length && other.length === 1) codes.push(other[0]!);
  if (codes.length === 1 && !c.actor.includes(codes[0]!) !== !c.recipient.includes(codes[0]!)) {
    const names: string[][] = [];
    for (const m of after) { const n = nameWords(tokens, m); if (n.length && !names.some((x) => samePerson(x, n))) names.push(n); }
    if (other.length === 1 && other[0] === codes[0]) {
      for (const n of unknown) if (!names.some((x) => samePerson(x, n))) names.push(n);
      const known = byState.get(codes[0]!) ?? [];
      for (const n of unknown) if (!known.some((x) => samePerson(x, n))) known.push(n);
      byState.set(codes[0]!, known);
    }
    // ("held talks with President Mattarella and Prime Minister Meloni": a round of talks with two hosts is one, unless
    // "separate"; a longer list of officials, "talks with Rubio, Lutnick and Gor", is a programme of meetings)
    const joint = together || tokens.slice(c.hit.start, stop).some((t) => t.l === 'jointly' || t.l === 'together') ||
      (names.length === 2 && tokens.slice(c.hit.start, c.hit.end).some((t) => t.l === 'talks') && !tokens.slice(Math.max(0, c.hit.start - 2), c.hit.end).some((t) => t.l === 'separate'));
    if (names.length >= 2 && !joint) listed = { code: codes[0]!, names };
  }
  return { byState, listed };
}
/**
 * Officials the lexicon does not know, named after their office between from and to: "Mazhilis Chairman Nurlan
 * Nigmatulin", "the chairman of the State Great Khural, Dashzegve Amarbayasgalan" (two or more capitalised words right
 * after the office word, or after the comma closing a phrase that holds one).
 */
function unknownOfficials(tokens: Token[], ms: Mention[], from: number, to: number): string[][] {
  const out: string[][] = [];
  let office = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.l === 'and') { office = false; continue; }
    if (STATE_OFFICES.has(t.l)) { office = true; continue; }
    const prev = tokens[j - 1]?.l ?? '';
    // (a name the lexicon knows closes the office before it)
    if (ms.some((m) => m.start <= j && m.end > j)) { office = false; continue; }
    if (!(t.cap && (STATE_OFFICES.has(prev) || (prev === ',' && office)))) continue;
    let k = j;
    while (k < to && tokens[k]!.cap && !tokens[k]!.punct && !STATE_OFFICES.has(tokens[k]!.l) && !NAME_TITLE.has(tokens[k]!.l) && !ms.some((m) => m.start <= k && m.end > k)) k++;
    if (k - j >= 2) out.push(tokens.slice(j, k).map((x) => x.l));
    office = false;
    j = Math.max(j, k - 1);
  }
  return out;
}
/** Two meetings of one visit are two when, for some state, each names whom it met and no one is in both. */
function otherPeople(a: CodedEvent, b: CodedEvent): boolean {
  const x = MET.get(a), y = MET.get(b);
  if (!x || !y) return false;
  for (const [code, names] of x) {
    const theirs = y.get(code);
    if (theirs?.length && names.length && !names.some((n) => theirs.some((t) => samePerson(n, t)))) return true;
  }
  return false;
}
/** what b told of whom it met is the same meeting as a, which now names them too */
function absorbPeople(a: CodedEvent, b: CodedEvent): void {
  const y = MET.get(b);
  if (!y) return;
  const x = MET.get(a) ?? new Map<string, string[][]>();
  for (const [code, names] of y) {
    const mine = x.get(code) ?? [];
    for (const n of names) if (!mine.some((m) => samePerson(m, n))) mine.push(n);
    x.set(code, mine);
  }
  MET.set(a, x);
}

/**
 * One event per happening: talks reported after a visit, a call or a summit ("the two leaders also discussed
 * trade") are the same meeting. A plain CONSULT whose participants all take part in another CONSULT of the
 * document on a compatible date is dropped.
 */
function mergeMeetings(events: CodedEvent[]): CodedEvent[] {
  const parts = (e: CodedEvent): Set<string> => new Set([...e.actor, ...e.recipient]);
  const compatible = (a: string | null, b: string | null): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);
  // a restatement sits near what it restates: looking MERGE_WINDOW events each way keeps a long document linear
  const meetings = events.map((e, i) => ({ e, i })).filter(({ e }) => e.event_type === 'CONSULT');
  const dropped = new Set<number>();
  // one gathering reported twice in a sentence ("hosted his counterparts from … for the Consultative Meeting"): the
  // fuller list stands
  // (compared within their sentence only: a long document stays linear)
  const gatheringsIn = new Map<number, { e: CodedEvent; i: number; p: Set<string> }[]>();
  for (const { e, i } of meetings) {
    if (e.mode !== 'multilateral') continue;
    const list = gatheringsIn.get(e.sentence) ?? [];
    list.push({ e, i, p: parts(e) });
    gatheringsIn.set(e.sentence, list);
  }
  for (const list of gatheringsIn.values()) {
    for (const { i, p: mine } of list) {
      if (list.some(({ i: j, p: theirs }) => j !== i && theirs.size > mine.size && [...mine].every((c) => theirs.has(c)))) dropped.add(i);
    }
  }
  for (let k = 0; k < meetings.length; k++) {
    const { e, i } = meetings[k]!;
    // ("the summit … hosted by Japarov", "Tokayev was among the heads of state who travelled to Ankara": the leaders of a
    // gathering told as visitors to its host are that gathering again, not a visit by the whole group)
    if (e.mode === 'visit' && e.actor.length > 1) {
      const mine = parts(e);
      const gathering = meetings.slice(Math.max(0, k - MERGE_WINDOW), k + MERGE_WINDOW + 1).find(({ e: o, i: j }) => j !== i && !dropped.has(j) &&
        o.mode === 'multilateral' && compatible(e.date, o.date) && [...mine].every((c) => parts(o).has(c)));
      if (gathering) { dropped.add(i); continue; }
    }
    if (e.mode !== null) {
      // "the two ministers discussed trade" after "Nurtleu held talks with Lavrov in Moscow on Monday": the same visit
      // or gathering told again, its date no finer than before, is that happening, not a second one
      for (let q = Math.max(0, k - MERGE_WINDOW); q < k; q++) {
        const { e: o, i: j } = meetings[q]!;
        // (a gathering told again names no more than its parties: "At the close of the meeting the heads of state…")
        const same = e.mode === 'multilateral' ? [...parts(e)].every((x) => parts(o).has(x)) : sameSet(o.actor, e.actor) && sameSet(o.recipient, e.recipient);
        if (dropped.has(j) || o.mode !== e.mode || !compatible(e.date, o.date) || !same || ALSO.test(e.text)) continue;
        // ("Later Tokayev received the American guest" after "talks with Minister Tileuberdi": another person met)
        if (otherPeople(o, e)) continue;
        // (a finer date told later dates the happening)
        if ((e.date?.length ?? 0) > (o.date?.length ?? 0)) o.date = e.date;
        absorbPeople(o, e);
        dropped.add(i);
        break;
      }
      continue;
    }
    // ("On the sidelines of the CIS meeting Tokayev and Putin held a bilateral conversation": a meeting of two set apart
    // from the gathering is one of its own)
    if (APART.test(e.text) && parts(e).size === 2) continue;
    const mine = parts(e);
    for (let q = Math.max(0, k - MERGE_WINDOW); q < Math.min(meetings.length, k + MERGE_WINDOW + 1); q++) {
      const { e: o, i: j } = meetings[q]!;
      if (j === i || !(o.mode !== null || j < i) || !compatible(e.date, o.date)) continue;
      const theirs = parts(o);
      if (theirs.size >= mine.size && [...mine].every((c) => theirs.has(c)) && !otherPeople(o, e)) { absorbPeople(o, e); dropped.add(i); break; }
    }
  }
  return dropped.size ? events.filter((_, i) => !dropped.has(i)) : events;
}
const MERGE_WINDOW = 64;
/** a meeting told as coming before the gathering: "on the eve of the summit", "before the meeting", "ahead of the talks" */
const PRELUDE = /\b(?:on the eve of|before|ahead of|prior to)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:summit|meeting|forum|conference|gathering|session)\b/i;
const RESIDENT = /\b(?:credentials|credence|ambassadors?|chargé|charge d'affaires)\b/i;
const APART = /\b(?:sidelines|margins|bilateral|separate|separately|one-on-one|tête-à-tête)\b/i;

function titledUnknown(tokens: Token[], from: number, ms: Mention[]): boolean {
  let j = from;
  while (j < tokens.length && TITLE_MODIFIERS.has(tokens[j]!.l)) j++;
  if (!HOME_OFFICES.has(tokens[j]?.l ?? '') && !HOME_OFFICES.has(tokens[j - 1]?.l ?? '_')) return false;
  if (HOME_OFFICES.has(tokens[j]?.l ?? '')) j++;
  const name = tokens[j];
  if (!name || !name.cap || ms.some((m) => m.start <= j && m.end > j) || ms.some((m) => m.start >= from && m.start < j)) return false;
  // ("met Prime Minister Luvsannamsrai Oyun-Erdene": a given name the lexicon lacks, before a surname it knows, is that
  // known person)
  let k = j;
  while (k < tokens.length && k < j + 3 && tokens[k]!.cap && !tokens[k]!.punct && !ms.some((m) => m.start === k)) k++;
  return !ms.some((m) => m.start === k && m.kind === 'person' && k > j);
}
