/**
 * The newsdoc command as a function, and the formats it writes.
 *
 * @packageDocumentation
 * @module @newsdoc/cli
 */
export { runCli } from './run-cli.js'
export type { CliIo } from './run-cli.js'
export { outputFormats } from './formats.js'
export { renderAs } from './render-as.js'
export type { OutputFormat } from './formats.js'
