import { describe, expect, it } from 'vitest'
import { readByline } from '../src/meta/byline.js'
import { readCaption } from '../src/meta/caption.js'
import { readLocalDate, toDateStamp } from '../src/meta/date-stamp.js'
import { matchDateline } from '../src/meta/dateline.js'

// The metadata readers on the shapes news text writes, one by one.

describe('readLocalDate', () => {
  it('reads numeric offsets and GMT±N after the time', () => {
    expect(readLocalDate('Sep 21, 2023 01:53 AM +0530')).toMatchObject({ local: '2023-09-21T01:53:00', explicitZone: '+05:30' })
    expect(readLocalDate('2023-09-21 01:53 -0400')).toMatchObject({ local: '2023-09-21T01:53:00', explicitZone: '-04:00' })
    expect(readLocalDate('2023-09-21 01:53 GMT+8')).toMatchObject({ local: '2023-09-21T01:53:00', explicitZone: '+08:00' })
  })

  it('reads a weekday before the date and keeps the precision written', () => {
    expect(readLocalDate('Thursday, October 17, 2013, 8:09 PM')).toMatchObject({ local: '2013-10-17T20:09:00', precision: 'minute', explicitZone: null })
    expect(readLocalDate('March 2013')).toMatchObject({ local: '2013-03', precision: 'month' })
  })

  it('returns null for text that is no date', () => {
    expect(readLocalDate('not a date at all')).toBeNull()
    expect(readLocalDate('Sep')).toBeNull()
  })

  it('turns an explicit offset into an ISO moment', () => {
    const written = 'Sep 21, 2023 01:53 AM +0530'
    const stamp = toDateStamp(readLocalDate(written)!, written, { start: 0, end: written.length }, { publisher: 'Asia/Shanghai', option: null })
    expect(stamp).toMatchObject({ iso: '2023-09-21T01:53:00+05:30', utc: '2023-09-20T20:23:00.000Z', timeZoneSource: 'explicit' })
  })
})

describe('matchDateline', () => {
  it('reads a region and a date without a comma between them', () => {
    expect(matchDateline('MINNETONKA, Minn. March 16 - Shares rose.', 0)).toMatchObject({ dateline: { place: 'MINNETONKA, Minn.', date: 'March 16' }, bodyStart: 29 })
  })

  it('reads a place with its country and no date', () => {
    expect(matchDateline('BERLIN, Germany - Shares rose.', 0)).toMatchObject({ dateline: { place: 'BERLIN, Germany', date: null } })
  })
})

describe('readByline', () => {
  it('splits several authors', () => {
    expect(readByline('By Jane Doe, John Roe and Ann Poe')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe'])
    expect(readByline('By J.D.')).toEqual(['J.D.'])
  })

  it('refuses sentences and long or lower-case runs', () => {
    expect(readByline('By the way, this is a sentence.')).toBeNull()
    expect(readByline('By one two three four five six seven')).toBeNull()
    expect(readByline('By Jane Doe.')).toBeNull()
  })
})

describe('readCaption', () => {
  it('reads a bracketed credit with its label, video included', () => {
    expect(readCaption('Senators leave the Capitol. (AP Video/Mark Stone)')).toEqual({ kind: 'video', caption: 'Senators leave the Capitol.', credit: 'Mark Stone', creditLabel: 'AP Video' })
  })

  it('keeps an empty credit empty, and leaves a bare agency in brackets as text', () => {
    expect(readCaption('Senators leave the Capitol. (AP Photo/)')).toEqual({ kind: 'image', caption: 'Senators leave the Capitol.', credit: null, creditLabel: 'AP Photo' })
    expect(readCaption('Senators leave the Capitol. (Reuters)')).toBeNull()
  })
})

describe('readLocalDate, AP style', () => {
  it('reads an hour written alone', () => {
    expect(readLocalDate('Sept. 21, 2023, 3 p.m.')?.local).toBe('2023-09-21T15:00:00')
    expect(readLocalDate('September 21, 2023 11 a.m.')?.local).toBe('2023-09-21T11:00:00')
  })

  it('takes a zone offset only with four digits', () => {
    expect(readLocalDate('2023-09-21 01:53 +05')).toBeNull()
  })
})
