import { defineConfig } from 'vitest/config'

// The CLI is tested as users run it: the built `dist/cli.js` in a child
// process (turbo builds it before the tests).
export const config = defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 }
})

export { config as default }
