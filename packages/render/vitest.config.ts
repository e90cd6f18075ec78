import { libraryTestConfig } from '../../vitest.shared'

export const config = libraryTestConfig({ coverage: true })

export { config as default }
