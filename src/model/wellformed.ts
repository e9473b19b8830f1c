/**
 * Lone UTF-16 surrogates ("\udc00" in JSON) are valid JavaScript strings but not Unicode text: the database,
 * JSON encoders and browsers reject or mangle them. Records holding one are refused where they come in.
 */
export const isWellFormed = (s: string): boolean => s.isWellFormed();

/** Whether cutting `s` before index `i` would split a surrogate pair (a lone half alone is not well-formed; the pair is). */
export const splitsPair = (s: string, i: number): boolean =>
  i > 0 && i < s.length && !s.slice(i - 1, i).isWellFormed() && s.slice(i - 1, i + 1).isWellFormed();

/**
 * Path of the first string (or object key) in `value` holding a lone surrogate: `id`, `meta.note`,
 * `actor[1].code`; null when there is none. `path` names `value` itself.
 */
export function illFormedField(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path || '(value)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const r = illFormedField(value[i], `${path}[${i}]`);
      if (r !== null) return r;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const key = path ? `${path}.${k}` : k;
      if (!isWellFormed(k)) return key;
      const r = illFormedField(v, key);
      if (r !== null) return r;
    }
  }
  return null;
}
