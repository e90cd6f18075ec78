import { describe, expect, it } from 'vitest'
import { lineRole } from '../src/layout/line-role.js'
import { globalTimes } from '../src/profiles/global-times.js'

// What one line is, read on its own, for each role the layout knows.

const nearStart = { nearStart: true, nearEnd: false }

describe('lineRole', () => {
  it('reads labelled and bare dates with their kind and where the date starts', () => {
    expect(lineRole('Updated: Sep 21, 2023 01:53 AM', globalTimes, nearStart)).toMatchObject({ role: 'date', kind: 'updated', textOffset: 9, date: { local: '2023-09-21T01:53:00' } })
    expect(lineRole('Published on Sep 21, 2023', globalTimes, nearStart)).toMatchObject({ role: 'date', kind: 'published', textOffset: 13, date: { precision: 'day' } })
    expect(lineRole('Sep 21, 2023 01:53 AM', globalTimes, nearStart)).toMatchObject({ role: 'date', kind: 'date', textOffset: 0 })
  })

  it('knows page furniture: markers, copyright, boilerplate, the publisher near the end', () => {
    expect(lineRole('@highlight', globalTimes, nearStart)).toEqual({ role: 'highlight-marker' })
    expect(lineRole('© 2023 Global Times', globalTimes, nearStart)).toEqual({ role: 'copyright' })
    expect(lineRole('Copyright 2023 Reuters', globalTimes, nearStart)).toEqual({ role: 'copyright' })
    expect(lineRole('Advertisement', globalTimes, nearStart)).toEqual({ role: 'boilerplate' })
    expect(lineRole('Global Times', globalTimes, { nearStart: false, nearEnd: true })).toEqual({ role: 'publisher' })
  })

  it('reads bylines and captions', () => {
    expect(lineRole('By Jane Doe', globalTimes, nearStart)).toEqual({ role: 'byline', authors: ['Jane Doe'] })
    expect(lineRole('Senators leave. (AP Photo/Mark Stone)', globalTimes, nearStart)).toMatchObject({ role: 'caption', caption: { credit: 'Mark Stone', creditLabel: 'AP Photo' } })
  })

  it('leaves ordinary text, empty lines and labels without a date alone', () => {
    expect(lineRole('', globalTimes, nearStart)).toBeNull()
    expect(lineRole('Nothing special here at all.', globalTimes, nearStart)).toBeNull()
    expect(lineRole('Updated: not a date', globalTimes, nearStart)).toBeNull()
  })
})
