import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

// The seed's hand-made gold facts live beside the repository, in
// ../shared/fixtures; the in-repo fixture test covers the same input.
const folder = new URL('../../../../shared/fixtures/global-times/', import.meta.url)
const present = existsSync(new URL('putin-wang-yi.expected.json', folder))
if (!present) console.log('seed gold check skipped: ../shared/fixtures/global-times is missing')

interface Gold {
  headline: string
  publisher: string
  published: { text: string; local: string; withTimeZone: { timeZone: string; iso: string; utc: string } }
  media: Array<{ kind: string; caption: string; credit: string | null; occurrences: number }>
  paragraphCount: number
  paragraphStarts: string[]
}

describe.skipIf(!present)('seed gold facts: layout and metadata', () => {
  const gold = present ? (JSON.parse(readFileSync(new URL('putin-wang-yi.expected.json', folder), 'utf8')) as Gold) : null
  const article = present ? parseArticle(readFileSync(new URL('putin-wang-yi.txt', folder), 'utf8')) : null

  it('finds headline and publisher', () => {
    expect(article!.headline?.text).toBe(gold!.headline)
    expect(article!.publisher?.name).toBe(gold!.publisher)
  })

  it('reads the publication time in the publisher’s zone', () => {
    expect(article!.published).toMatchObject({
      text: gold!.published.text,
      local: gold!.published.local,
      timeZone: gold!.published.withTimeZone.timeZone,
      iso: gold!.published.withTimeZone.iso,
      utc: gold!.published.withTimeZone.utc
    })
  })

  it('folds the repeated caption into one image', () => {
    expect(article!.media.map(({ kind, caption, credit, occurrences }) => ({ kind, caption, credit, occurrences }))).toEqual(gold!.media)
  })

  it('finds the ten paragraphs', () => {
    expect(article!.paragraphs).toHaveLength(gold!.paragraphCount)
    article!.paragraphs.forEach((paragraph, index) => expect(paragraph.text.startsWith(gold!.paragraphStarts[index]!)).toBe(true))
  })
})
