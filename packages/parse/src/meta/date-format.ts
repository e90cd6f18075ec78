// Reading a date text against one format of `lexicon/date-formats.ts`. The
// formats are date-fns `parse` patterns, and a text is read as date-fns
// `parse` reads it with its default (en-US) locale, for the tokens those
// formats use: the tests hold the two to the same answers. A format is
// compiled once; reading is one pass over the text with no allocation, where
// date-fns re-reads the format and builds a setter object per token on every
// call (and costs about 40 ms of a cold start to load).
import { months } from '../lexicon/months.js'

/** What one step of a compiled format reads. */
const Field = {
  literal: 0,
  /** `yyyy`: one to four digits, a year after 0. */
  year: 1,
  /** `MM`: one or two digits, 1 to 12. */
  monthNumber: 2,
  /** `MMM`: a month's three-letter abbreviation, or its first letter. */
  monthShort: 3,
  /** `MMMM`: a month's name, abbreviation or first letter. */
  monthLong: 4,
  /** `d`: a day number of at most two digits (`3` of `35`). */
  day: 5,
  /** `dd`: one or two digits. */
  dayTwo: 6,
  /** `h`: an hour from 1 to 12. */
  hour12: 7,
  /** `HH`: one or two digits, 0 to 23. */
  hour24: 8,
  /** `mm`: one or two digits, 0 to 59. */
  minute: 9,
  /** `ss`: one or two digits, 0 to 59. */
  second: 10,
  /** `a`: `AM` or `PM` (`a.m.`, `p m`), or `A` or `P` alone. */
  meridiem: 11
} as const

const fieldOfToken: ReadonlyMap<string, number> = new Map([
  ['yyyy', Field.year],
  ['MM', Field.monthNumber],
  ['MMM', Field.monthShort],
  ['MMMM', Field.monthLong],
  ['d', Field.day],
  ['dd', Field.dayTwo],
  ['h', Field.hour12],
  ['HH', Field.hour24],
  ['mm', Field.minute],
  ['ss', Field.second],
  ['a', Field.meridiem]
])

/** A date format compiled into steps: a field to read, or a literal to match. */
export interface CompiledDateFormat {
  fields: readonly number[]
  /** The literal of each step (empty for a field). */
  literals: readonly string[]
}

/** The date's components as read: year, month (1–12), day, hours, minutes, seconds. */
export type DateParts = readonly [number, number, number, number, number, number]

const formatToken = /'[^']*'|([A-Za-z])\1*|[^A-Za-z']/g

/**
 * Compile a date-fns format of the tokens above (`MMM d, yyyy h:mm a`);
 * quoted text (`'T'`) and other marks are literals.
 *
 * @example
 * compileDateFormat('yyyy-MM-dd').fields.length
 * //=> 5
 */
export function compileDateFormat(format: string): CompiledDateFormat {
  const fields: number[] = []
  const literals: string[] = []
  for (const [token] of format.matchAll(formatToken)) {
    if (token.startsWith("'")) {
      fields.push(Field.literal)
      literals.push(token.slice(1, -1))
      continue
    }
    const field = fieldOfToken.get(token)
    if (field === undefined && /[A-Za-z]/.test(token)) throw new Error(`Unsupported date format token \`${token}\` in \`${format}\``)
    fields.push(field ?? Field.literal)
    literals.push(field === undefined ? token : '')
  }
  return { fields, literals }
}

// Month names by number (index 0 is January), the full name the longest listed one.
const monthNames: string[] = []
for (const [name, number] of months) if (name.length > (monthNames[number - 1]?.length ?? 0)) monthNames[number - 1] = name
// A lone first letter reads as the first month with it (`M` is March).
const monthOfInitial: ReadonlyMap<number, number> = new Map(
  [...'jfmasond'].map((letter) => [letter.charCodeAt(0), monthNames.findIndex((name) => name.startsWith(letter))])
)
const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code >= 0x30 && code <= 0x39
}

function lowerCodeAt(text: string, at: number): number {
  const code = text.charCodeAt(at)
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code
}

/** Whether `text` at `at` spells the lower-case `word`, ASCII letters in any case. */
function spellsAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false
  for (let index = 0; index < word.length; index++) if (lowerCodeAt(text, at + index) !== word.charCodeAt(index)) return false
  return true
}

function isLeapYear(year: number): boolean {
  return year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0)
}

// Scratch for one read: where the last field ended and what it read.
let end = 0
let value = 0

/** Read up to `most` digits at `at` into `end` and `value`; false when there is none. */
function readDigits(text: string, at: number, most: number): boolean {
  let index = at
  let number = 0
  while (index < at + most && isDigitAt(text, index)) number = number * 10 + text.charCodeAt(index++) - 0x30
  end = index
  value = number
  return index > at
}

/** `d`: `31` or `30`, else a digit from 0 to 2 and one more digit, else one digit. */
function readDay(text: string, at: number): boolean {
  const first = text.charCodeAt(at)
  const second = text.charCodeAt(at + 1)
  if (first === 0x33 && (second === 0x30 || second === 0x31)) return readDigits(text, at, 2)
  if (first >= 0x30 && first <= 0x32 && isDigitAt(text, at + 1)) return readDigits(text, at, 2)
  return readDigits(text, at, 1)
}

/** `h`: `10` to `12`, else `0` and a digit, else one digit. */
function readHour12(text: string, at: number): boolean {
  const first = text.charCodeAt(at)
  const second = text.charCodeAt(at + 1)
  if (first === 0x31 && second >= 0x30 && second <= 0x32) return readDigits(text, at, 2)
  if (first === 0x30 && isDigitAt(text, at + 1)) return readDigits(text, at, 2)
  return readDigits(text, at, 1)
}

/** A month's name (`long`), its three-letter abbreviation, or its first letter, into `value` (0 for January). */
function readMonthName(text: string, at: number, long: boolean): boolean {
  if (long) {
    for (let month = 0; month < 12; month++) {
      if (spellsAt(text, at, monthNames[month]!)) {
        end = at + monthNames[month]!.length
        value = month
        return true
      }
    }
  }
  for (let month = 0; month < 12; month++) {
    if (spellsAt(text, at, monthNames[month]!.slice(0, 3))) {
      end = at + 3
      value = month
      return true
    }
  }
  const month = monthOfInitial.get(lowerCodeAt(text, at))
  if (month === undefined) return false
  end = at + 1
  value = month
  return true
}

/** `AM`/`PM` with an optional dot after each letter and one blank between, or `A`/`P` alone: 0 for morning, 12 for afternoon. */
function readMeridiem(text: string, at: number): boolean {
  const letter = lowerCodeAt(text, at)
  if (letter !== 0x61 && letter !== 0x70) return false
  value = letter === 0x61 ? 0 : 12
  let index = at + 1
  if (text.charCodeAt(index) === 0x2e) index++
  if (/\s/.test(text.charAt(index))) index++
  if (lowerCodeAt(text, index) === 0x6d) {
    index++
    if (text.charCodeAt(index) === 0x2e) index++
    end = index
  } else end = at + 1
  return true
}

/**
 * Read `text` against a compiled format, as date-fns `parse` would: every
 * step must match in order and only blanks may follow; a field out of range
 * (`Feb 30`, `13:00 PM`) is no date. Null when the text does not read.
 *
 * @example
 * readDateFormat('Sep 21, 2023 1:53 PM', compileDateFormat('MMM d, yyyy h:mm a'))
 * //=> [2023, 9, 21, 13, 53, 0]
 */
export function readDateFormat(text: string, format: CompiledDateFormat): DateParts | null {
  let at = 0
  let year = -1
  let month = 0
  let day = 1
  let hours = 0
  let minutes = 0
  let seconds = 0
  let hour12 = -1
  let afternoon = false
  let dayRead = -1
  for (let step = 0; step < format.fields.length; step++) {
    const field = format.fields[step]!
    let read: boolean
    switch (field) {
      case Field.literal: {
        const literal = format.literals[step]!
        if (!text.startsWith(literal, at)) return null
        at += literal.length
        continue
      }
      case Field.year:
        read = readDigits(text, at, 4)
        year = value
        break
      case Field.monthNumber:
        read = readDigits(text, at, 2)
        month = value - 1
        break
      case Field.monthShort:
      case Field.monthLong:
        read = readMonthName(text, at, field === Field.monthLong)
        month = value
        break
      case Field.day:
        read = readDay(text, at)
        dayRead = value
        break
      case Field.dayTwo:
        read = readDigits(text, at, 2)
        dayRead = value
        break
      case Field.hour12:
        read = readHour12(text, at)
        hour12 = value
        break
      case Field.hour24:
        read = readDigits(text, at, 2)
        hours = value
        if (value > 23) return null
        break
      case Field.minute:
        read = readDigits(text, at, 2)
        minutes = value
        if (value > 59) return null
        break
      case Field.second:
        read = readDigits(text, at, 2)
        seconds = value
        if (value > 59) return null
        break
      default:
        read = readMeridiem(text, at)
        afternoon = value === 12
        break
    }
    if (!read) return null
    at = end
  }
  // Only blanks may follow the date.
  for (let index = at; index < text.length; index++) if (!/\s/.test(text.charAt(index))) return null
  if (year === 0 || month < 0 || month > 11) return null
  if (year === -1) return null
  if (dayRead !== -1) {
    const days = month === 1 && isLeapYear(year) ? 29 : daysInMonth[month]!
    if (dayRead < 1 || dayRead > days) return null
    day = dayRead
  }
  if (hour12 !== -1) {
    if (hour12 < 1 || hour12 > 12) return null
    hours = afternoon ? (hour12 < 12 ? hour12 + 12 : 12) : hour12 === 12 ? 0 : hour12
  }
  return [year, month + 1, day, hours, minutes, seconds]
}
