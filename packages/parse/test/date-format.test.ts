import { UTCDate } from '@date-fns/utc'
import { format as formatDate } from 'date-fns/format'
import { isValid } from 'date-fns/isValid'
import { parse } from 'date-fns/parse'
import { describe, expect, it } from 'vitest'
import { dateFormats } from '../src/lexicon/date-formats.js'
import { compileDateFormat, readDateFormat } from '../src/meta/date-format.js'

// Our reader of the date formats must read every text as date-fns `parse`
// does. Texts come from real dates written in each format, then changed the
// ways date lines go wrong: a digit or letter replaced, a character dropped
// or doubled, the case changed, a stray word or mark added.

/** A small seeded generator, so that every run checks the same texts. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const utc = (value: Date | number | string): UTCDate => new UTCDate(value as number)
const reference = new Date(Date.UTC(2000, 0, 1))

function readWithDateFns(text: string, format: string): number[] | null {
  const date = parse(text, format, reference, { in: utc })
  if (!isValid(date)) return null
  return [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()]
}

const replacements = ['0', '1', '2', '3', '5', '9', '12', '31', '00', ' ', ',', ':', '-', '/', 'a', 'p', 'A', 'P', 'M', 'm', '.', 'Sep', 'June', 'Ma', 'T', 'x', '']

function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1))
  const choice = random()
  if (choice < 0.3) return text.slice(0, at) + text.slice(at + 1)
  if (choice < 0.45) return text.slice(0, at) + text.charAt(at) + text.slice(at)
  if (choice < 0.55) return random() < 0.5 ? text.toUpperCase() : text.toLowerCase()
  const replacement = replacements[Math.floor(random() * replacements.length)]!
  return choice < 0.8 ? text.slice(0, at) + replacement + text.slice(at + 1) : text.slice(0, at) + replacement + text.slice(at)
}

describe('readDateFormat', () => {
  it('reads a date line', () => {
    expect(readDateFormat('Sep 21, 2023 1:53 PM', compileDateFormat('MMM d, yyyy h:mm a'))).toEqual([2023, 9, 21, 13, 53, 0])
    expect(readDateFormat('12:05 a.m. March 3, 2024', compileDateFormat('h:mm a MMMM d, yyyy'))).toEqual([2024, 3, 3, 0, 5, 0])
    expect(readDateFormat('Feb 29, 2023', compileDateFormat('MMM d, yyyy'))).toBeNull()
    expect(readDateFormat('2024-02-29T23:59:07 ', compileDateFormat("yyyy-MM-dd'T'HH:mm:ss"))).toEqual([2024, 2, 29, 23, 59, 7])
  })

  it('refuses a format token it does not know', () => {
    expect(() => compileDateFormat('EEEE, MMMM d, yyyy')).toThrow('Unsupported date format token `EEEE`')
  })

  it('reads every format as date-fns parse does, on 500 written and altered dates each', () => {
    const random = generator(20231021)
    let compared = 0
    let dates = 0
    for (const { format } of dateFormats) {
      const compiled = compileDateFormat(format)
      for (let sample = 0; sample < 500; sample++) {
        const date = new UTCDate(Date.UTC(1990 + Math.floor(random() * 40), Math.floor(random() * 12), 1 + Math.floor(random() * 31), Math.floor(random() * 24), Math.floor(random() * 60), Math.floor(random() * 60)))
        let text = formatDate(date, format)
        const changes = Math.floor(random() * 3)
        for (let change = 0; change < changes; change++) text = mutate(text, random)
        const ours = readDateFormat(text, compiled)
        expect([text, ours]).toEqual([text, readWithDateFns(text, format)])
        if (ours !== null) dates++
        compared++
      }
    }
    expect(compared).toBe(dateFormats.length * 500)
    // Both kinds of text are checked: many still read as dates, many no longer do.
    expect(dates).toBeGreaterThan(compared / 4)
    expect(dates).toBeLessThan(compared * 0.9)
  })
})
