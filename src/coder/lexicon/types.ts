/** What the gazetteer knows about a name. */
export type EntryKind =
  | 'country' // a state's name: "Kazakhstan"
  | 'adjective' // "Kazakh", "Chinese"
  | 'people' // plural demonym: "Palestinians"
  | 'capital' // a capital, usable as metonym or place: "Beijing"
  | 'city' // a place only: "Almaty"
  | 'seat' // a seat of power, a metonym: "the Kremlin"
  | 'person' // a dated office-holder: "Tokayev"
  | 'igo' // an organisation: "Shanghai Cooperation Organization"
  | 'group' // a non-state actor or state company: "Hamas", "KazMunayGas"
  | 'water' // a sea, strait or world region named after a state but not part of it: "South China Sea", "Latin America"
  | 'bloc'; // a group of states with no code of its own: "the Central Asian states" (expanded into its members)

/** A member of a group of states, with its accession (and exit) date when the group's membership changed. */
export interface Member {
  code: string;
  from?: string;
  to?: string | null;
}

/**
 * The level an office gives its holder in visits and meetings: head of state or government, minister (any
 * cabinet member, Secretary of State, Foreign Secretary, deputy prime ministers), or other (parliament speakers,
 * envoys, heads of organisations, officials). People in the lexicon carry it as `level`, or take their role's.
 */
export type OfficeLevel = 'head' | 'minister' | 'other';

const ROLE_LEVEL: Record<string, OfficeLevel> = {
  head_of_state: 'head', head_of_government: 'head', foreign_minister: 'minister', minister: 'minister',
};

/** A person's office level: the one stated in the lexicon, else the one of the role. */
export const officeLevel = (role: string | undefined, level?: OfficeLevel): OfficeLevel => level ?? ROLE_LEVEL[role ?? ''] ?? 'other';

export interface Entry {
  code: string;
  kind: EntryKind;
  /** for persons: the office and its term */
  role?: string;
  /** for persons: the level the office gives (see OfficeLevel) */
  level?: OfficeLevel;
  from?: string;
  to?: string | null;
  /** for blocs: the member states */
  members?: Member[];
}

/** A lexicon file users may add (`--lexicon FILE`): any subset of these keys. */
export interface LexiconFile {
  people?: { name: string; aliases?: string[]; code: string; role?: string; level?: OfficeLevel; title?: string; from?: string; to?: string | null }[];
  organisations?: { code: string; names: string[]; parts?: string[]; adjectives?: string[] }[];
  cities?: Record<string, string>;
  seats?: Record<string, string>;
  capital_aliases?: Record<string, string>;
  names?: Record<string, string[]>;
  adjectives?: Record<string, string[]>;
  plural_demonyms?: Record<string, string[]>;
  groups?: { names: string[]; code: string }[];
  waters?: string[];
  /** world regions whose names hold a state's ("Latin America", "Southern Africa"): no party */
  regions?: string[];
  /** groups of states: names that stand for all members, and the members of an organisation ("SCO leaders") */
  blocs?: { names: string[]; igo?: string; members: Member[] }[];
}
