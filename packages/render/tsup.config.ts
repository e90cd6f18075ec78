import { defineConfig } from 'tsup'
import { libraryOptions } from '../../tsup.shared'

export const config = defineConfig(libraryOptions)

export { config as default }
