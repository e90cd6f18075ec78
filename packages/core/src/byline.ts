import { z } from 'zod'
import { Span } from './span.js'

/**
 * The byline: `By Jane Doe and John Roe`.
 *
 * @example
 * Byline.parse({ text: 'By Jane Doe and John Roe', authors: ['Jane Doe', 'John Roe'], span: { start: 40, end: 64 } })
 */
export const Byline = z.object({
  text: z.string(),
  authors: z.array(z.string()),
  span: Span
})

export type Byline = z.infer<typeof Byline>
