import type { Options } from 'tsup'

/**
 * The one tsup shape of every library package: ESM + CJS + `.d.ts` from
 * `src/index.ts` for Node 20. Declarations resolve workspace packages through
 * their built types, not the `@newsdoc/source` condition that tests use.
 */
export const libraryOptions: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: 'node20'
}
