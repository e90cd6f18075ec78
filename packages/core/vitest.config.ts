import { libraryTestConfig } from '../../vitest.shared'

export const config = libraryTestConfig()

export { config as default }
