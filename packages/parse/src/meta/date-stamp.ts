import { TZDate, tzOffset } from '@date-fns/tz'
import type { DatePrecision, DateStamp, Span, TimeZoneSource } from '@newsdoc/core'
// One module per function: the package's index loads all of date-fns, about 90 ms of a cold start.
import { isValid } from 'date-fns/isValid'
import { padNumber } from '../time/iso-text.js'
import type { CompiledDateFormat } from './date-format.js'
import { compileDateFormat, readDateFormat } from './date-format.js'
import { dateFormats } from '../lexicon/date-formats.js'
import { months, weekdays } from '../lexicon/months.js'
import { timeZoneAbbreviations } from '../lexicon/time-zones.js'

/** A date as read from the text, before a zone is settled. */
export interface LocalDate {
  /** ISO local date-time to the stated precision. */
  local: string
  precision: DatePrecision
  /** The zone the text itself states (`GMT`, `+08:00`), or null. */
  explicitZone: string | null
  /** Components, for zone conversion. */
  parts: readonly [number, number, number, number, number, number]
}

const dateWords = new Set(['at', 'am', 'pm', 'a', 'p', 'm', 't', 'gmt', 'utc', 'of', 'the', 'st', 'nd', 'rd', 'th'])
const reference = new Date(Date.UTC(2000, 0, 1))
const leadingWeekday = /^([A-Za-z]{3,9})\.?,? /
const trailingZone = /[ (]([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)\)?$/
const monthDot = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\./g
const septAbbreviation = /\bSept\b/g
const meridiem = /\b([ap])\.?m\.?(?=$|[ ,])/gi
const atWord = / at /g
const spaces = /\s+/g

const dateToken = /\p{L}+|\d+/gu
const yearToken = /^\d{4}$/

/**
 * A cheap test before the formats are tried: every word must be a
 * number, a month or day name, a zone, `at`, `am`/`pm` or `T`, and there must
 * be a year.
 */
function looksLikeDate(text: string): boolean {
  let year = false
  for (const [token] of text.matchAll(dateToken)) {
    if (yearToken.test(token)) year = true
    const code = token.charCodeAt(0)
    if (code >= 0x30 && code <= 0x39) continue
    const lower = token.toLowerCase()
    if (months.has(lower) || weekdays.has(lower) || timeZoneAbbreviations.has(lower) || dateWords.has(lower)) continue
    return false
  }
  return year
}

/**
 * What a date-fns format requires of a text in the characters no token can
 * read: its marks among `, : / -`, in order, and how many numbers it has.
 * Literals must match exactly and every number token reads a whole run of
 * digits (no two number tokens touch in these formats), so a text whose
 * shape differs cannot parse: the formats worth trying are known before any
 * is read.
 */
function formatShape(format: string): string {
  let marks = ''
  let numbers = 0
  for (let index = 0; index < format.length; index++) {
    const character = format[index]!
    if (character === "'") {
      const close = format.indexOf("'", index + 1)
      const literal = format.slice(index + 1, close === -1 ? format.length : close)
      for (const mark of literal) if (shapeMarks.includes(mark)) marks += mark
      index = close === -1 ? format.length : close
    } else if (/[A-Za-z]/.test(character)) {
      let end = index
      while (format[end + 1] === character) end++
      if ('dyHhms'.includes(character) || (character === 'M' && end - index < 2)) numbers++
      index = end
    } else if (shapeMarks.includes(character)) marks += character
  }
  return `${marks}#${numbers}`
}

function textShape(text: string): string {
  let marks = ''
  let numbers = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x30 && code <= 0x39) {
      if (!(index > 0 && text.charCodeAt(index - 1) >= 0x30 && text.charCodeAt(index - 1) <= 0x39)) numbers++
    } else if (shapeMarks.includes(text[index]!)) marks += text[index]
  }
  return `${marks}#${numbers}`
}

const shapeMarks = ',:/-'
type ShapedFormat = (typeof dateFormats)[number] & { compiled: CompiledDateFormat }
const formatsByShape = new Map<string, ShapedFormat[]>()
for (const entry of dateFormats) {
  const shape = formatShape(entry.format)
  formatsByShape.set(shape, [...(formatsByShape.get(shape) ?? []), { ...entry, compiled: compileDateFormat(entry.format) }])
}

function offsetZone(token: string): string | null {
  const sign = token.startsWith('-') ? '-' : '+'
  const digits = token.replace(/\D/g, '')
  if (digits.length !== 4) return null
  return `${sign}${digits.slice(0, 2)}:${digits.slice(2)}`
}

function readZone(token: string): string | null {
  const lower = token.toLowerCase()
  const named = timeZoneAbbreviations.get(lower)
  if (named) return named
  if (token.startsWith('+') || token.startsWith('-')) return offsetZone(token)
  const relative = /^(?:gmt|utc)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(lower)
  if (relative) return `${relative[1]}${padNumber(Number(relative[2]))}:${relative[3] ?? '00'}`
  return null
}

/**
 * Read a date as written (`Sep 21, 2023 01:53 AM`, `Thursday, October 17,
 * 2013, 8:09 PM`, `2023-09-21 01:53 GMT`) against the date-fns formats of
 * `lexicon/date-formats.ts`, independent of the host's clock and zone. Returns null when the text is not a date.
 *
 * @example
 * readLocalDate('Sep 21, 2023 01:53 AM')?.local
 * //=> '2023-09-21T01:53:00'
 */
export function readLocalDate(written: string): LocalDate | null {
  if (written.length < 4 || written.length > 80 || !looksLikeDate(written)) return null
  let text = written.replace(spaces, ' ').trim()
  const weekday = leadingWeekday.exec(text)
  if (weekday && weekdays.has(weekday[1]!.toLowerCase())) text = text.slice(weekday[0].length)
  let explicitZone: string | null = null
  const zone = trailingZone.exec(text)
  if (zone) {
    const found = readZone(zone[1]!)
    if (found) {
      explicitZone = found
      text = text.slice(0, zone.index).trim()
    }
  }
  text = text
    .replace(monthDot, '$1')
    .replace(septAbbreviation, 'Sep')
    .replace(meridiem, (_, letter: string) => `${letter.toUpperCase()}M`)
    .replace(atWord, ' ')
    .replace(/,$/, '')
  const first = text.charCodeAt(0)
  const startsWithDigit = first >= 0x30 && first <= 0x39
  // Only the formats of the text's shape can parse it (in their order in the list).
  for (const { format, compiled, precision } of formatsByShape.get(textShape(text)) ?? []) {
    // Try only the shapes that start the way the text does.
    if (startsWithDigit !== (format.charCodeAt(0) !== 0x4d /* M */ || format.startsWith('MM/'))) continue
    // Components only, never a Date: no host zone (and no DST gap of it) can shift a time.
    const parts = readDateFormat(text, compiled)
    if (parts === null) continue
    return { local: formatLocal(parts, precision), precision, explicitZone, parts }
  }
  return null
}

function formatLocal(parts: LocalDate['parts'], precision: DatePrecision): string {
  const [year, month, day, hours, minutes, seconds] = parts
  if (precision === 'year') return padNumber(year, 4)
  if (precision === 'month') return `${padNumber(year, 4)}-${padNumber(month)}`
  if (precision === 'day') return `${padNumber(year, 4)}-${padNumber(month)}-${padNumber(day)}`
  return `${padNumber(year, 4)}-${padNumber(month)}-${padNumber(day)}T${padNumber(hours)}:${padNumber(minutes)}:${padNumber(seconds)}`
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return `${sign}${padNumber(Math.floor(absolute / 60))}:${padNumber(absolute % 60)}`
}

/**
 * Settle a read date in a zone: the zone the text states, else the
 * publisher's, else the caller's option, else none (and then no `iso`/`utc`:
 * newsdoc never falls back on the host machine's zone).
 *
 * @example
 * toDateStamp(readLocalDate('Sep 21, 2023 01:53 AM')!, 'Sep 21, 2023 01:53 AM', span, { publisher: 'Asia/Shanghai', option: null }).iso
 * //=> '2023-09-21T01:53:00+08:00'
 */
export function toDateStamp(date: LocalDate, text: string, span: Span, zones: { publisher: string | null; option: string | null }): DateStamp {
  let timeZone: string | null = null
  let timeZoneSource: TimeZoneSource | null = null
  if (date.explicitZone) [timeZone, timeZoneSource] = [date.explicitZone, 'explicit']
  else if (zones.publisher) [timeZone, timeZoneSource] = [zones.publisher, 'publisher']
  else if (zones.option) [timeZone, timeZoneSource] = [zones.option, 'option']
  let iso: string | null = null
  let utcText: string | null = null
  if (timeZone !== null) {
    const [year, month, day, hours, minutes, seconds] = date.parts
    const moment = new TZDate(year, month - 1, day, hours, minutes, seconds, timeZone)
    const offset = tzOffset(timeZone, moment)
    if (Number.isFinite(offset) && isValid(moment)) {
      const local = date.precision === 'minute' || date.precision === 'second' ? date.local : `${formatLocal(date.parts, 'day')}T00:00:00`
      iso = date.precision === 'minute' || date.precision === 'second' ? `${local}${formatOffset(offset)}` : null
      utcText = iso === null ? null : new Date(moment.getTime()).toISOString()
    }
  }
  return { text, local: date.local, timeZone, timeZoneSource, iso, utc: utcText, precision: date.precision, span }
}

/**
 * Whether `zone` is a time zone that dates can be settled in: an IANA name
 * (`Asia/Shanghai`) or a fixed offset (`+08:00`).
 *
 * @example
 * isKnownTimeZone('Mars/Olympus_Mons')
 * //=> false
 */
export function isKnownTimeZone(zone: string): boolean {
  return Number.isFinite(tzOffset(zone, reference))
}
