import { defineConfig } from 'tsup'
import { libraryOptions } from '../../tsup.shared'

// Two entries: the whole model, and its helpers without zod (`@newsdoc/core/helpers`).
export const config = defineConfig({ ...libraryOptions, entry: ['src/index.ts', 'src/helpers.ts'] })

export { config as default }
