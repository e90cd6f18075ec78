// Dates written as ISO 8601 text (`2023-09-20`, `2023-09`, `2023-W38`).
// Written by hand, not with date-fns `format`: that module and its locale
// cost about 25 ms of a cold start, for four fixed patterns.
import { getISOWeek } from 'date-fns/getISOWeek'
import { getISOWeekYear } from 'date-fns/getISOWeekYear'

/**
 * A whole number in decimal, zero-padded to `width` digits.
 *
 * @example
 * padNumber(7)
 * //=> '07'
 */
export function padNumber(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/**
 * The date's calendar day (`yyyy-MM-dd`), read in the date's own zone.
 *
 * @example
 * isoDay(new UTCDate(2023, 8, 20))
 * //=> '2023-09-20'
 */
export function isoDay(date: Date): string {
  return `${isoMonth(date)}-${padNumber(date.getDate())}`
}

/**
 * The date's month (`yyyy-MM`).
 *
 * @example
 * isoMonth(new UTCDate(2023, 2, 1))
 * //=> '2023-03'
 */
export function isoMonth(date: Date): string {
  return `${isoYear(date)}-${padNumber(date.getMonth() + 1)}`
}

/**
 * The date's year (`yyyy`).
 *
 * @example
 * isoYear(new UTCDate(2023, 0, 1))
 * //=> '2023'
 */
export function isoYear(date: Date): string {
  return padNumber(date.getFullYear(), 4)
}

/**
 * The ISO week of the date (`RRRR-'W'II`: the week-numbering year, then the week).
 *
 * @example
 * isoWeek(new UTCDate(2023, 8, 20))
 * //=> '2023-W38'
 */
export function isoWeek(date: Date): string {
  return `${padNumber(getISOWeekYear(date), 4)}-W${padNumber(getISOWeek(date))}`
}
