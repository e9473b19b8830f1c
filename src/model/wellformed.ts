/**
 * Lone UTF-16 surrogates ("\udc00" in JSON) are valid JavaScript strings but not Unicode text: the database,
 * JSON encoders and browsers reject or mangle them. Records holding one are refused where they come in.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isWellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);

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
