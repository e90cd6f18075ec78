import { z } from 'zod'
import { Span } from './span.js'

/** What a caption describes. */
export const MediaKind = z.enum(['image', 'video', 'graphic'])
export type MediaKind = z.infer<typeof MediaKind>

/**
 * A picture, video or graphic known from its caption. Captions repeated in
 * the text (scrapers often keep both the alt text and the figure caption) are
 * folded into one `Media` with one span per occurrence.
 *
 * @example
 * Media.parse({
 *   kind: 'image',
 *   caption: 'Russian President Vladimir Putin (right) meets with Chinese top diplomat Wang Yi in Moscow on Wednesday.',
 *   credit: null,
 *   creditLabel: 'Photo',
 *   occurrences: 2,
 *   spans: [{ start: 106, end: 218 }, { start: 220, end: 332 }]
 * })
 */
export const Media = z
  .object({
    kind: MediaKind,
    caption: z.string().describe('Caption text without its credit.'),
    credit: z.string().nullable().describe('Credit (`VCG`, `AP Photo/Evan Vucci`); null when absent or left empty.'),
    creditLabel: z
      .string()
      .nullable()
      .describe('The credit label as written (`Photo`, `AP Photo`), kept even when the credit after it is empty; null when there is none.'),
    occurrences: z.int().positive().describe('How many times the caption stands in the input.'),
    spans: z.array(Span).min(1).describe('One span per occurrence, each covering caption and credit.')
  })
  .refine((media) => media.spans.length === media.occurrences, {
    message: 'Expected one span per occurrence',
    path: ['spans']
  })

export type Media = z.infer<typeof Media>
