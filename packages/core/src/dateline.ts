import { z } from 'zod'
import { Span } from './span.js'

/**
 * The wire dateline that opens a story: `MOSCOW, Sept 20 (Reuters) -`.
 *
 * @example
 * Dateline.parse({ text: 'CLEVELAND, Feb 26 -', place: 'CLEVELAND', date: 'Feb 26', agency: null, span: { start: 46, end: 65 } })
 */
export const Dateline = z.object({
  text: z.string(),
  place: z.string().nullable(),
  date: z.string().nullable().describe('The date as written ("Feb 26").'),
  agency: z.string().nullable().describe('The agency named in brackets ("Reuters", "AP").'),
  span: Span
})

export type Dateline = z.infer<typeof Dateline>
