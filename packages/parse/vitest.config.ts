import { defineConfig } from 'vitest/config'

export const config = defineConfig({
  resolve: { conditions: ['@newsdoc/source'] },
  ssr: { resolve: { conditions: ['@newsdoc/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // npm test runs every package at once on small CI machines: allow slow tests their time.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // `vitest run --coverage` (the `test` script) fails below these.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/index.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 90, branches: 90 }
    }
  }
})

export { config as default }
