import { UTCDate } from '@date-fns/utc'
import { describe, expect, it } from 'vitest'
import { isoDay, isoMonth, isoWeek, isoYear, padNumber } from '../src/time/iso-text.js'

describe('ISO 8601 text of resolved dates', () => {
  it('writes days, months and years zero-padded', () => {
    expect(isoDay(new UTCDate(2023, 8, 20))).toBe('2023-09-20')
    expect(isoMonth(new UTCDate(2023, 2, 1))).toBe('2023-03')
    expect(isoYear(new UTCDate(987, 0, 1))).toBe('0987')
    expect(padNumber(7)).toBe('07')
  })

  it('writes the week-numbering year at the turn of a year', () => {
    // 1 January 2021 is a Friday: it belongs to the last week of 2020.
    expect(isoWeek(new UTCDate(2021, 0, 1))).toBe('2020-W53')
    // 29 December 2014 is a Monday: it opens the first week of 2015.
    expect(isoWeek(new UTCDate(2014, 11, 29))).toBe('2015-W01')
    expect(isoWeek(new UTCDate(2023, 8, 20))).toBe('2023-W38')
  })
})
