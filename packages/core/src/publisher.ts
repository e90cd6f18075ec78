import { z } from 'zod'
import { Span } from './span.js'

/**
 * Who published the article: `name` is the publisher's usual name
 * ("Reuters"), `text` the line as written ("Reuter"); `span` is null when
 * the publisher came from an option rather than the text.
 *
 * @example
 * Publisher.parse({ name: 'Global Times', text: 'Global Times', span: { start: 2740, end: 2752 } })
 */
export const Publisher = z.object({
  name: z.string().min(1),
  text: z.string().nullable(),
  span: Span.nullable()
})

export type Publisher = z.infer<typeof Publisher>
