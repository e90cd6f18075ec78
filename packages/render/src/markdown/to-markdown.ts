import type { Article } from '@newsdoc/core'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown as serialize } from 'mdast-util-to-markdown'
import type { MarkdownOptions } from './to-mdast.js'
import { toMdast } from './to-mdast.js'

// Line endings that Markdown would swallow (at the start or end of a text, or
// two in a row, which would end the paragraph) are written as character
// references, so every text reads back exactly; a single line break inside a
// text stays as it is.
const lineEndings = ['\r', '\n'] as const
const unsafe = [
  { character: '\r', after: '\\r|\\n$' },
  { character: '\r', before: '[\\r\\n]' },
  { character: '\n', after: '[\\r\\n]' },
  { character: '\n', before: '\\n' },
  ...lineEndings.map((character) => ({ character, atBreak: true }))
]

/**
 * Render an article as Markdown (GFM, YAML front matter). All text is
 * escaped by mdast-util-to-markdown, so nothing in the article can become a
 * link, image, HTML or other syntax.
 *
 * @example
 * toMarkdown(article)
 * //=> '---\nheadline: …\n---\n\n# Russian President Vladimir Putin meets …'
 */
export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  return serialize(toMdast(article, options), { extensions: [gfmToMarkdown(), frontmatterToMarkdown(['yaml'])], bullet: '-', emphasis: '*', strong: '*', unsafe })
}
