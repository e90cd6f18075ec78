import { z } from 'zod'
import { Span } from './span.js'

/** What a block of the input is. */
export const BlockKind = z.enum([
  'headline',
  'subheadline',
  'byline',
  'dateline',
  'published',
  'updated',
  'date',
  'caption',
  'highlight',
  'paragraph',
  'list',
  'table',
  'publisher',
  'boilerplate',
  'unclassified'
])

export type BlockKind = z.infer<typeof BlockKind>

/**
 * One classified stretch of the input. `Article.blocks` lists them in input
 * order, disjoint, covering every non-blank character: the lossless map of
 * the input.
 *
 * @example
 * Block.parse({ kind: 'headline', span: { start: 0, end: 72 } })
 */
export const Block = z.object({
  kind: BlockKind,
  span: Span
})

export type Block = z.infer<typeof Block>
