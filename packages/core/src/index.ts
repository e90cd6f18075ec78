/**
 * Zod schemas and inferred types of the newsdoc Article model, with spans, errors and helpers.
 *
 * @packageDocumentation
 * @module @newsdoc/core
 */
export { Article, SCHEMA_VERSION } from './article.js'
export { Block, BlockKind } from './block.js'
export { Byline } from './byline.js'
export { checkSpans } from './check-spans.js'
export type { SpanIssue } from './check-spans.js'
export { DatePrecision, DateStamp, TimeZoneSource } from './date-stamp.js'
export { Dateline } from './dateline.js'
export { Diagnostic, Severity } from './diagnostic.js'
export { foldWhitespace } from './fold-whitespace.js'
export { isWhitespaceCode } from './whitespace.js'
export { Media, MediaKind } from './media.js'
export { describeValue, NewsdocError } from './newsdoc-error.js'
export type { NewsdocErrorCode, NewsdocErrorOptions } from './newsdoc-error.js'
export { Paragraph } from './paragraph.js'
export { Participant, ParticipantKind, Role } from './participant.js'
export { Place, PlaceKind } from './place.js'
export { Publisher } from './publisher.js'
export { Span, TextField } from './span.js'
export { Statement, StatementKind } from './statement.js'
export { TimeExpression, TimeGranularity } from './time-expression.js'
