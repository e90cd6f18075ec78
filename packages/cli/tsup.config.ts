import { defineConfig } from 'tsup'
import { libraryOptions } from '../../tsup.shared'

export const config = defineConfig([
  // `clean` would race with the bin build below: both write dist/.
  { ...libraryOptions, clean: false, shims: true },
  {
    entry: ['src/cli.ts', 'src/worker.ts'],
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node'
  }
])

export { config as default }
