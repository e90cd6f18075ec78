import type fc from 'fast-check'

/**
 * fast-check settings for the fuzz properties: 1,000 runs each in
 * `npm test`, more with `NEWSDOC_FUZZ_RUNS` (`npm run fuzz`), and a fixed
 * seed with `NEWSDOC_FUZZ_SEED` to replay a failure (fast-check prints the
 * seed and the shrunk counterexample when a property fails).
 */
export const fuzzSettings: fc.Parameters<unknown> = {
  numRuns: Number(process.env.NEWSDOC_FUZZ_RUNS ?? 1000),
  ...(process.env.NEWSDOC_FUZZ_SEED === undefined ? {} : { seed: Number(process.env.NEWSDOC_FUZZ_SEED) })
}
