import type { Article } from '@newsdoc/core'
import { toHtml as serialize } from 'hast-util-to-html'
import type { HtmlOptions } from './to-hast.js'
import { toHast } from './to-hast.js'

/**
 * Render an article as semantic HTML: one `<article>`, or with `document:
 * true` a complete page with a built-in stylesheet. All text is escaped by
 * hast-util-to-html; no markup is ever built from strings. NUL characters are
 * written as U+FFFD, as a browser would read them.
 *
 * @example
 * toHtml(article, { document: true })
 * //=> '<!doctype html><html lang="en">…'
 */
export function toHtml(article: Article, options: HtmlOptions = {}): string {
  const html = serialize(toHast(article, options), { characterReferences: { useNamedReferences: false } })
  // NUL can only come from the article's text (the renderer's own markup has none).
  return html.includes('\0') ? html.replaceAll('\0', '\uFFFD') : html
}
