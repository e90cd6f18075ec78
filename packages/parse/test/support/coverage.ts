import type { Article } from '@newsdoc/core'

/**
 * The problems with `article.blocks` as a map of `text`: blocks out of order
 * or overlapping, and non-blank characters that no block covers.
 */
export function tilingProblems(article: Article, text: string): string[] {
  const problems: string[] = []
  let position = 0
  const visible = /\S/
  for (const [index, block] of article.blocks.entries()) {
    if (block.span.start < position) problems.push(`block ${index} (${block.kind}) starts at ${block.span.start}, inside the previous block`)
    for (let offset = position; offset < block.span.start; offset++) {
      if (visible.test(text[offset]!)) problems.push(`offset ${offset} (${JSON.stringify(text[offset])}) lies in no block`)
    }
    position = Math.max(position, block.span.end)
  }
  for (let offset = position; offset < text.length; offset++) {
    if (visible.test(text[offset]!)) problems.push(`offset ${offset} (${JSON.stringify(text[offset])}) lies in no block`)
  }
  return problems
}
