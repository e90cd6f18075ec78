import { z } from 'zod'

/**
 * A stretch of the input: UTF-16 offsets into the exact string given to the
 * parser, `start` inclusive and `end` exclusive, so `input.slice(start, end)`
 * shows where a field came from.
 *
 * @example
 * Span.parse({ start: 0, end: 72 })
 * //=> { start: 0, end: 72 }
 */
export const Span = z
  .object({
    start: z.int().nonnegative().describe('UTF-16 offset of the first character, inclusive.'),
    end: z.int().nonnegative().describe('UTF-16 offset after the last character, exclusive.')
  })
  .refine((span) => span.start <= span.end, {
    message: 'Expected `start <= end`',
    path: ['end']
  })
  .describe('UTF-16 offsets into the input string, end exclusive.')

export type Span = z.infer<typeof Span>

/**
 * A piece of text taken from the input, with where it stands.
 *
 * @example
 * TextField.parse({ text: 'Global Times', span: { start: 2740, end: 2752 } })
 */
export const TextField = z.object({
  text: z.string().describe('The text as written (inner whitespace folded to single spaces).'),
  span: Span
})

export type TextField = z.infer<typeof TextField>
