/** Closed word classes the argument finder relies on (news English). */

export const BOUNDARY = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'because', 'after', 'before', 'when', 'since',
  'although', 'though', 'if', 'unless', 'but', ';', ':', '—', '–', '(', ')', 'where', 'until', 'as', 'whether',
  'amid', 'despite',
]);
export const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** the dashes that join a compound name ("the China–Kyrgyzstan–Uzbekistan railway") */
export const DASH = new Set(['–', '-', '—']);
export const PREPS = new Set([
  'in', 'at', 'on', 'of', 'to', 'with', 'from', 'for', 'by', 'against', 'over', 'into', 'between', 'among',
  'during', 'throughout', 'across', 'near', 'outside', 'inside', 'within', 'via', 'through', 'toward', 'towards',
  'about', 'under', 'around', 'along', 'beyond', 'following', 'including', 'like', 'upon', 'than', 'without',
  'onto', 'amongst', 'behind', 'off', 'per', 'regarding', 'concerning', 'versus',
]);
/** prepositions that put a name out of a recipient's reach: places and times */
export const LOCATIVE = new Set([
  'in', 'at', 'during', 'throughout', 'across', 'near', 'outside', 'inside', 'within', 'via', 'through', 'around',
  'along', 'beyond', 'following', 'like', 'than', 'behind', 'by', 'since', 'until', 'including', 'under', 'without',
  'amid', 'despite', 'about', 'regarding', 'concerning', 'as',
]);
/** nouns that stand for a state's agents: "the foreign ministers of Spain", "Taiwan's vice minister" */
export const ROLE = new Set([
  'president', 'presidents', 'minister', 'ministers', 'secretary', 'secretaries', 'government', 'governments',
  'official', 'officials', 'delegation', 'delegations', 'leader', 'leaders', 'leadership', 'army', 'armies', 'troops',
  'forces', 'force', 'police', 'authorities', 'diplomats', 'diplomat', 'envoy', 'envoys', 'ambassador', 'ambassadors',
  'embassy', 'parliament', 'people', 'citizens', 'head', 'heads', 'chief', 'chiefs', 'king', 'queen', 'emir',
  'prince', 'chancellor', 'premier', 'spokesman', 'spokeswoman', 'spokesperson', 'representatives',
  'representative', 'counterpart', 'counterparts', 'ministry', 'military', 'navy', 'regime', 'administration',
  'cabinet', 'council', 'court', 'judge', 'prosecutors', 'soldiers', 'rebels', 'militants', 'nationals', 'national',
  'companies', 'company', 'firms', 'negotiator', 'negotiators', 'mission', 'member', 'members', 'foreign',
  'services', 'service', 'guards', 'agencies', 'agency', 'ministries', 'governors', 'departments',
  'defence', 'defense', 'prime', 'deputy', 'vice', 'senior', 'top', 'state', 'states', 'side', 'sides',
  'guards', 'guard', 'servicemen', 'service', 'officers', 'border',
]);
export const CONNECT = new Set([',', 'and', 'or', '&', 'both', 'the', 'as', 'well', 'also', 'its', 'their', "'s", 'then']);
/** the tokenizer keeps contractions whole: "won't", "didn't" */
export const NEG_CONTRACTED = ["won't", "can't", "don't", "doesn't", "didn't", "wouldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "couldn't", "shouldn't"];
export const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot', 'failed', ...NEG_CONTRACTED]);
export const FUTURE = new Set(['will', 'would', 'shall', "'ll", 'wo']);
export const HYPO = new Set(['may', 'might', 'could', 'can']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
export const HAVE = new Set(['has', 'have', 'had', 'having']);
export const AUXFILL = new Set([
  'also', 'still', 'again', 'formally', 'officially', 'reportedly', 'already', 'recently', 'jointly', 'finally',
  'just', 'now', 'then', 'today', 'yesterday', 'later', 'soon', 'repeatedly', 'publicly', 'strongly', 'firmly',
  'not', "n't", 'never', 'to', 'be', 'been', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would',
  'shall', 'may', 'might', 'could', 'can', 'must', 'should', 'did', 'do', 'does', 'reluctantly', 'quickly',
  'unilaterally', 'bluntly', 'routinely', 'hastily', 'immediately', 'effectively', 'once', 'swiftly', 'both',
  ...NEG_CONTRACTED,
]);
export const INTENT = new Set(['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'expected',
  'set', 'due', 'going', 'scheduled', 'hope', 'hopes', 'hoped', 'aim', 'aims', 'seeks', 'want', 'wants', 'wanted', 'decided', 'decide', 'decides']);
export const UPCOMING = new Set(['upcoming', 'next', 'forthcoming', 'planned', 'future', 'proposed', 'coming', 'inaugural']);
export const SAY = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'reported', 'reports', 'announced',
  'announces', 'declared', 'declares', 'confirmed', 'confirms', 'noted', 'notes', 'stressed', 'stresses',
  'reiterated', 'reiterates', 'insisted', 'insists', 'claimed', 'claims', 'asserted', 'asserts', 'quoted',
  'indicated', 'explained', 'wrote', 'argued', 'argues', 'emphasised', 'emphasized', 'underlined', 'underscored',
  'according', 'believed', 'believes', 'thinks', 'suggested', 'revealed', 'disclosed', 'affirmed', 'saying',
]);
export const PRONOUN = new Set(['it', 'they', 'he', 'she', 'we', 'its', 'their', 'his', 'her', 'our']);
export const MUST = new Set(['must', 'should']);
export const DETERMINER = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', "'s", 'this', 'that',
  'recent', 'official', 'state', 'working', 'first', 'historic', 'planned', 'upcoming', 'landmark', 'two-day',
  'three-day', 'productive', 'brief', 'surprise', 'rare', 'successful', 'earlier', 'last', 'latest', 'notable']);
/** verbs whose infinitive complement happened: "continued to welcome", "attempted to assassinate" */
export const TRANSPARENT = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began',
  'begun', 'start', 'starts', 'started', 'resume', 'resumes', 'resumed', 'try', 'tries', 'tried', 'attempt',
  'attempts', 'attempted', 'manage', 'manages', 'managed', 'move', 'moved', 'moves', 'proceed', 'proceeded',
  'rushed', 'hastened', 'went', 'go', 'goes', 'came', 'come', 'resorted', 'got',
  // a body's vote is its act: "the Security Council voted to impose an arms embargo"
  'voted', 'votes']);
/** nouns that name a gathering of officials: "arrived for the summit", "at the session", "the talks" */
export const GATHERINGS = new Set(['summit', 'summits', 'forum', 'conference', 'session', 'meeting', 'talks', 'consultations',
  'negotiations', 'gathering', 'congress', 'ministerial', 'plenary']);
