import { z } from 'zod'
import { TextField } from './span.js'

/** Whether a participant is a person or an organization. */
export const ParticipantKind = z.enum(['person', 'organization'])
export type ParticipantKind = z.infer<typeof ParticipantKind>

/**
 * A role split from a description: "Russian President" → `{ title:
 * 'President', affiliation: 'Russia' }`.
 */
export const Role = z.object({
  title: z.string(),
  affiliation: z.string().nullable()
})

export type Role = z.infer<typeof Role>

/**
 * A person or organization the article mentions, with every resolved mention.
 *
 * @example
 * Participant.parse({
 *   id: 'p1',
 *   kind: 'person',
 *   name: 'Vladimir Putin',
 *   aliases: ['Putin'],
 *   descriptions: ['Russian President'],
 *   role: { title: 'President', affiliation: 'Russia' },
 *   mentions: [{ text: 'Vladimir Putin', span: { start: 17, end: 31 } }]
 * })
 */
export const Participant = z.object({
  id: z.string().min(1),
  kind: ParticipantKind,
  name: z.string().min(1).describe('The fullest form of the name in the text.'),
  aliases: z.array(z.string()).describe('Shorter forms used in the text ("Putin").'),
  descriptions: z.array(z.string()).describe('Descriptions as written ("Russian President").'),
  role: Role.nullable(),
  mentions: z.array(TextField).describe('Every mention as written (`Putin`, `He`), pronouns included once resolved.')
})

export type Participant = z.infer<typeof Participant>
