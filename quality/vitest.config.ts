import { defineConfig } from 'vitest/config'

export const config = defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000 }
})

export { config as default }
