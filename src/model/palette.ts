/**
 * The colour of each vector, shared by the dashboard (web/src/charts.ts) and the brief's charts
 * (src/brief/_charts.ts), so a vector looks the same on screen and on paper.
 */

/** One colour per vector of the default set; other ids take the fallback palette in order. */
const VECTOR_COLOURS: Record<string, string> = {
  russia: '#b5473a', china: '#d9a23b', usa: '#2f5d8c', eu: '#6c95c8', uk: '#7b62a3', turkic: '#2f9b8f',
  mideast: '#a57548', southasia: '#e07f3c', eastasia: '#8aa14a', centralasia: '#4f8a5b', multilateral: '#7d8790',
  rest: '#c7ccd1',
};
const FALLBACK = ['#3b6ea8', '#c8553d', '#5a9367', '#d6a33b', '#8360a6', '#3e9aa8', '#a8735a', '#7d8790'];

/** `index` is the vector's place in its set: vectors of a custom set keep distinct colours. */
export function vectorColour(id: string, index = 0): string {
  return VECTOR_COLOURS[id] ?? FALLBACK[index % FALLBACK.length]!;
}

/** The warmth line and its interval, on the dashboard's dyad page and in the brief. */
export const WARM = '#2e8b57';
export const ACCENT = '#2f5d8c';
