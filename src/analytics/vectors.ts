/**
 * Vector sets: named groups of partners, loaded from a JSON config (data/vectors/default.json is the default).
 * Validated with zod; errors name the file and the field. Each code belongs to one vector at most, so shares
 * add up to 1; codes no vector names go to the vector marked `rest` (or are left out when there is none).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError, NotFoundError } from '../errors.ts';
import type { Grouping } from '../store/measures.ts';

export const DEFAULT_VECTORS_FILE = fileURLToPath(new URL('../../data/vectors/default.json', import.meta.url));

const code = z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,4}$/, 'an entity code such as KAZ or SCO').transform((s) => s.toUpperCase());

/** Bounds of a vector set (it arrives as a request body too): far above any real one. */
export const VECTOR_LIMITS = { vectors: 50, members: 500, text: 200 };

const VectorSchema = z.strictObject({
  id: z.string().max(40).regex(/^[a-z0-9_-]+$/, 'lower-case letters, digits, - or _'),
  label: z.string().min(1).max(VECTOR_LIMITS.text),
  members: z.array(code).max(VECTOR_LIMITS.members, `at most ${VECTOR_LIMITS.members} members per vector`).default([]),
  /** Takes every partner no other vector names. */
  rest: z.boolean().default(false),
  /** Multiplies the vector's engagement before shares are taken (1 = as counted; 0 = leave it out of the indices). */
  weight: z.number().finite().nonnegative().default(1),
});

const AlertsSchema = z.strictObject({
  /** Alert when a vector's share reaches this (0..1). */
  share: z.number().min(0).max(1).default(0.5),
  /** Alert when a vector's share moves by at least this many share points (0..1) against the previous period. */
  jump: z.number().min(0).max(1).default(0.15),
  /** No alerts for periods with fewer event–vector pairs than this (too little news to mean anything). */
  minEvents: z.number().int().nonnegative().default(10),
  /** A jump alerts only when it is beyond sampling noise at this confidence (Fisher's exact test on the counts
   * behind the shares: 1 of 25 to 2 of 10 is no news); 0 turns the test off. */
  confidence: z.number().min(0).max(0.999).default(0.9),
});

export const VectorSetSchema = z.strictObject({
  name: z.string().min(1).max(VECTOR_LIMITS.text),
  description: z.string().max(2000).optional(),
  vectors: z.array(VectorSchema).min(1).max(VECTOR_LIMITS.vectors, `at most ${VECTOR_LIMITS.vectors} vectors`),
  alerts: AlertsSchema.default({ share: 0.5, jump: 0.15, minEvents: 10, confidence: 0.9 }),
}).superRefine((v, ctx) => {
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  v.vectors.forEach((vec, i) => {
    if (ids.has(vec.id)) ctx.addIssue({ code: 'custom', path: ['vectors', i, 'id'], message: `duplicate vector id "${vec.id}"` });
    ids.add(vec.id);
    vec.members.forEach((m, j) => {
      const prev = owner.get(m);
      if (prev !== undefined) ctx.addIssue({ code: 'custom', path: ['vectors', i, 'members', j], message: `${m} is already in vector "${prev}"` });
      owner.set(m, vec.id);
    });
  });
  const rests = v.vectors.filter((x) => x.rest).length;
  if (rests > 1) ctx.addIssue({ code: 'custom', path: ['vectors'], message: 'at most one vector can be the rest' });
});

export type VectorSet = z.infer<typeof VectorSetSchema>;
export type Vector = VectorSet['vectors'][number];
export type AlertConfig = VectorSet['alerts'];

/** Validates a parsed config; `file` names it in errors. */
export function parseVectorSet(data: unknown, file = '<vectors>'): VectorSet {
  const r = VectorSetSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new InputError(`${issue.message}${r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more problem(s))` : ''}`,
      { where: { file, field: issue.path.join('.') || '(root)' } });
  }
  return r.data;
}

export function loadVectorSet(file: string = DEFAULT_VECTORS_FILE): VectorSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new NotFoundError(`cannot read vectors file: ${(e as Error).message}`, { cause: e, where: { file } });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
    throw new InputError(`not valid JSON: ${(e as Error).message}`, { cause: e, where: { file, ...(line ? { line } : {}) } });
  }
  return parseVectorSet(data, file);
}

/** The store-side grouping of a vector set. */
export function toGrouping(set: VectorSet): Grouping {
  return {
    members: set.vectors.flatMap((v) => v.members.map((code) => ({ code, group: v.id }))),
    rest: set.vectors.find((v) => v.rest)?.id ?? null,
  };
}
