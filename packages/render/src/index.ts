/**
 * An Article out as HTML, Markdown, ninjs and JSON-LD, through syntax trees.
 *
 * @packageDocumentation
 * @module @newsdoc/render
 */
export type { Handlers, HtmlState } from './html/handlers.js'
export { defaultHandlers } from './html/handlers.js'
export { stylesheet } from './html/stylesheet.js'
export type { HtmlOptions } from './html/to-hast.js'
export { toHast } from './html/to-hast.js'
export { toHtml } from './html/to-html.js'
export { toJsonLd } from './json-ld/to-json-ld.js'
export type { MarkdownOptions } from './markdown/to-mdast.js'
export { toMdast } from './markdown/to-mdast.js'
export { toMarkdown } from './markdown/to-markdown.js'
export type { Ninjs } from './ninjs/to-ninjs.js'
export { toNinjs } from './ninjs/to-ninjs.js'
export type { Piece } from './shared/paragraph-pieces.js'
export { paragraphPieces } from './shared/paragraph-pieces.js'
