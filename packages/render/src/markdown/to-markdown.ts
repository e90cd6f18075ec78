import type { Article } from '@newsdoc/core'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown as serialize } from 'mdast-util-to-markdown'
import type { MarkdownOptions } from './to-mdast.js'
import { toMdast } from './to-mdast.js'

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
  return serialize(toMdast(article, options), { extensions: [gfmToMarkdown(), frontmatterToMarkdown(['yaml'])], bullet: '-', emphasis: '*', strong: '*' })
}
