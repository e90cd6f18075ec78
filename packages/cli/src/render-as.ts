import type { Article } from '@newsdoc/core'
import { toHtml, toJsonLd, toMarkdown, toNinjs } from '@newsdoc/render'
import type { OutputFormat } from './formats.js'
import { prettyJson } from './formats.js'

/**
 * Render an article in one of the command's formats; JSON formats are
 * pretty-printed, except for NDJSON lines.
 *
 * @example
 * renderAs(article, 'markdown').startsWith('---')
 * //=> true
 */
export function renderAs(article: Article, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return prettyJson(article)
    case 'html':
      return `${toHtml(article, { document: true })}\n`
    case 'markdown':
      return toMarkdown(article)
    case 'ninjs':
      return prettyJson(toNinjs(article))
    case 'jsonld':
      return prettyJson(toJsonLd(article))
  }
}
