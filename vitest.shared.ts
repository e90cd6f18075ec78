import type { ViteUserConfig } from 'vitest/config'
import { defineConfig } from 'vitest/config'

/**
 * The vitest shape of the library packages: sources through the
 * `@newsdoc/source` condition, generous timeouts (npm test runs on small CI
 * machines), and, with `coverage: true`, v8 coverage that fails under 90% of
 * lines or branches (`vitest run --coverage`).
 */
export function libraryTestConfig({ coverage = false }: { coverage?: boolean } = {}): ViteUserConfig {
  return defineConfig({
    resolve: { conditions: ['@newsdoc/source'] },
    ssr: { resolve: { conditions: ['@newsdoc/source'] } },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 120_000,
      hookTimeout: 60_000,
      ...(coverage
        ? { coverage: { provider: 'v8' as const, include: ['src/**/*.ts'], exclude: ['src/index.ts'], reporter: ['text-summary'], thresholds: { lines: 90, branches: 90 } } }
        : {})
    }
  })
}
