import { defineConfig } from 'tsup'

export const config = defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: false,
    target: 'node20',
    shims: true
  },
  {
    entry: ['src/cli.ts', 'src/worker.ts'],
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node'
  }
])

export { config as default }
