import { defineConfig } from 'vitest/config'

export const config = defineConfig({
  resolve: { conditions: ['@newsdoc/source'] },
  ssr: { resolve: { conditions: ['@newsdoc/source'] } },
  // npm test runs every package at once on small CI machines: allow slow tests their time.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 }
})

export { config as default }
