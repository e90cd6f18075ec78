/**
 * Plain article text in, one validated Article out: layout, metadata, participants, statements and time expressions.
 *
 * @packageDocumentation
 * @module @newsdoc/parse
 */
export { parseArticle, safeParseArticle } from './parse-article.js'
export type { SafeParseArticleResult } from './parse-article.js'
export type { ParseOptions } from './parse-options.js'
export { profileNames } from './profiles/index.js'
export { NewsdocError } from '@newsdoc/core/helpers'
