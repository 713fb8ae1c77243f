/** Per-stage timing for the pipeline and the compile jobs: adds the time fn takes to timings[stage]. */
export type StageTimer<S extends string> = <T>(stage: S, fn: () => Promise<T> | T) => Promise<T>;

export function stageTimer<S extends string>(timings: Partial<Record<S, number>>): StageTimer<S> {
  return async (stage, fn) => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    }
  };
}
