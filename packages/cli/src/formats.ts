import type { Article } from '@newsdoc/core'
import { toHtml, toJsonLd, toMarkdown, toNinjs } from '@newsdoc/render'

/** What the command can write. */
export const outputFormats = ['json', 'html', 'markdown', 'ninjs', 'jsonld'] as const
/** One of {@link outputFormats}: the value of `--to`. */
export type OutputFormat = (typeof outputFormats)[number]

/** The file extension of each format, for `--out`. */
export const extensions: Readonly<Record<OutputFormat, string>> = {
  json: '.json',
  html: '.html',
  markdown: '.md',
  ninjs: '.ninjs.json',
  jsonld: '.jsonld'
}

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
      return `${JSON.stringify(article, null, 2)}\n`
    case 'html':
      return `${toHtml(article, { document: true })}\n`
    case 'markdown':
      return toMarkdown(article)
    case 'ninjs':
      return `${JSON.stringify(toNinjs(article), null, 2)}\n`
    case 'jsonld':
      return `${JSON.stringify(toJsonLd(article), null, 2)}\n`
  }
}
