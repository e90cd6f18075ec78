import { z } from 'zod'
import { Span } from './span.js'

/**
 * `direct`: a verbatim quote; `indirect`: reported speech; `mixed`: reported
 * speech with quoted words in it.
 */
export const StatementKind = z.enum(['direct', 'indirect', 'mixed'])
export type StatementKind = z.infer<typeof StatementKind>

/**
 * Who said what, through whom: one attributed statement.
 *
 * @example
 * Statement.parse({
 *   id: 's2',
 *   kind: 'indirect',
 *   speakerId: 'p1',
 *   speakerSpan: { start: 1031, end: 1036 },
 *   via: null,
 *   cue: 'said',
 *   cueSpan: { start: 1026, end: 1030 },
 *   content: 'Since then, the important consensus …',
 *   span: { start: 738, end: 1024 },
 *   paragraph: 2
 * })
 */
export const Statement = z.object({
  id: z.string().min(1),
  kind: StatementKind,
  speakerId: z.string().nullable().describe('The speaking participant, or null when unattributed.'),
  speakerSpan: Span.nullable().describe('The mention the cue attaches to ("He", "Wang", "Putin").'),
  via: z.string().nullable().describe('The participant who reports the statement ("…, according to China\'s Foreign Ministry").'),
  cue: z.string().nullable().describe('The cue as written ("said", "noted", "according to").'),
  cueSpan: Span.nullable(),
  content: z.string().describe('What was said.'),
  span: Span.describe('Where the content stands.'),
  paragraph: z.int().nonnegative().describe('0-based index into `Article.paragraphs`.')
})

export type Statement = z.infer<typeof Statement>
