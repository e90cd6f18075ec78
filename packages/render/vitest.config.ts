import { defineConfig } from 'vitest/config'

export const config = defineConfig({
  resolve: { conditions: ['@newsdoc/source'] },
  ssr: { resolve: { conditions: ['@newsdoc/source'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] }
})

export { config as default }
