import { z } from 'zod'
import { Span } from './span.js'

/** How precisely a time expression resolves. */
export const TimeGranularity = z.enum(['year', 'month', 'week', 'day', 'time'])
export type TimeGranularity = z.infer<typeof TimeGranularity>

/**
 * A date or relative time in the body, resolved against the publication's
 * local date.
 *
 * @example
 * TimeExpression.parse({ text: 'on Wednesday', resolved: '2023-09-20', granularity: 'day', span: { start: 487, end: 499 } })
 */
export const TimeExpression = z.object({
  text: z.string(),
  resolved: z.string().nullable().describe('ISO date, month or year (`2023-09-20`, `2023-03`, `2023`); null when it cannot be anchored.'),
  granularity: TimeGranularity,
  span: Span
})

export type TimeExpression = z.infer<typeof TimeExpression>
