/**
 * The model's runtime helpers without its zod schemas: errors, whitespace
 * and span checks, and the schema version. A parser or renderer that only
 * produces articles imports these, so that a bundle of it leaves zod out.
 *
 * @packageDocumentation
 * @module @newsdoc/core/helpers
 */
export { checkSpans } from './check-spans.js'
export type { SpanIssue } from './check-spans.js'
export { foldWhitespace } from './fold-whitespace.js'
export { isWhitespaceCode } from './whitespace.js'
export { describeValue, NewsdocError } from './newsdoc-error.js'
export type { NewsdocErrorCode, NewsdocErrorOptions } from './newsdoc-error.js'
export { SCHEMA_VERSION } from './schema-version.js'
