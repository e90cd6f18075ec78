import { z } from 'zod'
import { Span } from './span.js'

/**
 * A body paragraph. `text` has hard wraps joined with single spaces and
 * leaves out a leading dateline; `span` covers the paragraph in the input.
 *
 * @example
 * Paragraph.parse({ text: 'Chinese President Xi Jinping met …', span: { start: 612, end: 736 } })
 */
export const Paragraph = z.object({
  text: z.string(),
  span: Span
})

export type Paragraph = z.infer<typeof Paragraph>
