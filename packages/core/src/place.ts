import { z } from 'zod'
import { TextField } from './span.js'

/** What sort of place a place is. */
export const PlaceKind = z.enum(['country', 'city', 'region', 'landmark', 'other'])
export type PlaceKind = z.infer<typeof PlaceKind>

/**
 * A place the article mentions.
 *
 * @example
 * Place.parse({ id: 'l1', name: 'Moscow', aliases: [], kind: 'city', mentions: [{ text: 'Moscow', span: { start: 292, end: 298 } }] })
 */
export const Place = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: PlaceKind,
  mentions: z.array(TextField)
})

export type Place = z.infer<typeof Place>
