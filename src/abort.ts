/**
 * A signal that aborts when any of the given ones does, and lets go of them when released. Node 20's
 * AbortSignal.any leaves an entry in each source signal for every signal it makes (nodejs/node#55351): combined
 * with the watcher's signal, alive as long as the process, that grew by one per request for as long as it ran
 * (the soak's heap snapshots showed it).
 */
export interface LinkedSignal {
  signal: AbortSignal;
  /** Stops following the given signals (call when the work is done, in `finally`). */
  release(): void;
}

export function linkSignals(signals: Array<AbortSignal | null | undefined>): LinkedSignal {
  const controller = new AbortController();
  const given = signals.filter((s): s is AbortSignal => s !== null && s !== undefined);
  const onAbort = (e: Event) => controller.abort((e.target as AbortSignal).reason);
  const release = () => {
    for (const s of given) s.removeEventListener('abort', onAbort);
  };
  for (const s of given) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', onAbort, { once: true });
  }
  if (controller.signal.aborted) release();
  return { signal: controller.signal, release };
}
