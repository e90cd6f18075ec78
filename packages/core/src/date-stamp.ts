import { z } from 'zod'
import { Span } from './span.js'

/** How precisely a date line states its moment. */
export const DatePrecision = z.enum(['year', 'month', 'day', 'minute', 'second'])
export type DatePrecision = z.infer<typeof DatePrecision>

/**
 * Where a date's time zone came from: stated in the text (`explicit`), the
 * publisher's profile (`publisher`), the caller's `timeZone` option
 * (`option`), or nowhere (`null`).
 */
export const TimeZoneSource = z.enum(['explicit', 'publisher', 'option'])
export type TimeZoneSource = z.infer<typeof TimeZoneSource>

/**
 * A publication or update time as written, with its local reading and, when
 * the zone is known, its absolute moment.
 *
 * @example
 * DateStamp.parse({
 *   text: 'Sep 21, 2023 01:53 AM',
 *   local: '2023-09-21T01:53:00',
 *   timeZone: 'Asia/Shanghai',
 *   timeZoneSource: 'publisher',
 *   iso: '2023-09-21T01:53:00+08:00',
 *   utc: '2023-09-20T17:53:00.000Z',
 *   precision: 'minute',
 *   span: { start: 84, end: 105 }
 * })
 */
export const DateStamp = z.object({
  text: z.string().describe('The date as written in the input.'),
  local: z.string().describe('ISO 8601 local date-time without offset, as far as `precision` allows (`2023-09-21T01:53:00`, `2023-09-21`).'),
  timeZone: z.string().nullable().describe('IANA time zone name, or null when unknown.'),
  timeZoneSource: TimeZoneSource.nullable(),
  iso: z.string().nullable().describe('ISO 8601 with offset; null when the zone is unknown.'),
  utc: z.string().nullable().describe('The same moment in UTC (`…Z`); null when the zone is unknown.'),
  precision: DatePrecision,
  span: Span
})

export type DateStamp = z.infer<typeof DateStamp>
