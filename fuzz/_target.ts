/** A fuzz target: an input surface, the inputs it is fed, and the invariants checked on each. */
import type fc from 'fast-check';

export interface Harness<I> {
  arbitrary: fc.Arbitrary<I>;
  /** Feeds one input and throws (a Violation, or whatever escaped) when an invariant does not hold. */
  check(input: I): Promise<void>;
  /** Checks once all inputs ran (e.g. the database's integrity), then frees everything. */
  close(): Promise<void>;
}

export interface Target {
  name: string;
  /** Share of the runs (relative to the other targets). */
  weight: number;
  setup(tmp: string): Promise<Harness<any>>;
}
