import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article, BlockKind } from '@newsdoc/core'
import { Article as ArticleSchema, checkSpans, foldWhitespace } from '@newsdoc/core'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import type { CorpusTruth } from './corpus-truth.js'
import { bbcTruth, reutersTruth } from './corpus-truth.js'

const corpus = new URL('../../../../../shared/corpus/', import.meta.url).pathname
const present = existsSync(corpus)
if (!present) console.log(`corpus checks skipped: ${corpus} is missing`)

const notBody: ReadonlySet<BlockKind> = new Set(['headline', 'byline', 'dateline', 'published', 'updated', 'date', 'caption', 'publisher', 'boilerplate'])

function files(folder: string): string[] {
  const root = join(corpus, folder)
  const out: string[] = []
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.txt')) out.push(join(entry.parentPath, entry.name))
  }
  return out.sort()
}

/** Characters that are not whitespace and lie in no block. */
function uncovered(article: Article, text: string): number {
  let count = 0
  let position = 0
  for (const block of article.blocks) {
    for (let index = position; index < block.span.start; index++) if (/\S/.test(text[index]!)) count++
    position = Math.max(position, block.span.end)
  }
  for (let index = position; index < text.length; index++) if (/\S/.test(text[index]!)) count++
  return count
}

function bodyOf(article: Article, text: string): { body: string; blocks: number } {
  const parts = article.blocks.filter((block) => !notBody.has(block.kind))
  return { body: foldWhitespace(parts.map((block) => text.slice(block.span.start, block.span.end)).join(' ')), blocks: parts.length }
}

interface Tally {
  documents: number
  headline: [number, number]
  dateline: [number, number]
  publisher: [number, number]
  body: [number, number]
  paragraphs: [number, number]
  uncovered: string[]
  invalid: string[]
}

function tally(folder: string, truthOf: (text: string) => CorpusTruth): Tally {
  const result: Tally = { documents: 0, headline: [0, 0], dateline: [0, 0], publisher: [0, 0], body: [0, 0], paragraphs: [0, 0], uncovered: [], invalid: [] }
  for (const file of files(folder)) {
    const text = readFileSync(file, 'utf8')
    const truth = truthOf(text)
    const article = parseArticle(text)
    result.documents++
    if (uncovered(article, text) > 0) result.uncovered.push(file)
    // Valid, and every field's text is the input at its span (a name over a double space once broke this).
    if (!ArticleSchema.safeParse(article).success || checkSpans(article, text).length > 0) result.invalid.push(file)
    if (truth.headline !== null) {
      result.headline[1]++
      if (article.headline?.text === foldWhitespace(truth.headline)) result.headline[0]++
    }
    if (truth.dateline !== null) {
      result.dateline[1]++
      if (article.dateline?.place === truth.dateline.place && article.dateline.date === truth.dateline.date) result.dateline[0]++
    }
    if (truth.publisher !== null) {
      result.publisher[1]++
      if (article.publisher?.name === truth.publisher && article.publisher.span !== null) result.publisher[0]++
    }
    const body = bodyOf(article, text)
    if (truth.body !== null) {
      result.body[1]++
      if (body.body === truth.body) result.body[0]++
    }
    if (truth.paragraphCount !== null && !truth.hasTable) {
      result.paragraphs[1]++
      if (body.blocks === truth.paragraphCount) result.paragraphs[0]++
    }
  }
  return result
}

const rate = ([hit, total]: [number, number]): number => (total === 0 ? 1 : hit / total)

// Thousands of documents: generous time, as npm test runs packages in parallel.
describe.skipIf(!present)('real corpora', { timeout: 180_000 }, () => {
  it('BBC: headline, body text and paragraph count', () => {
    const result = tally('bbc', bbcTruth)
    expect(result.documents).toBeGreaterThan(0)
    expect(result.uncovered).toEqual([])
    expect(result.invalid).toEqual([])
    expect(rate(result.headline)).toBeGreaterThanOrEqual(0.995)
    expect(rate(result.body)).toBeGreaterThanOrEqual(0.995)
    expect(rate(result.paragraphs)).toBeGreaterThanOrEqual(0.95)
  })

  it('Reuters-21578: headline, dateline, publisher, body text and paragraph count', () => {
    const result = tally('reuters21578', reutersTruth)
    expect(result.uncovered).toEqual([])
    expect(result.invalid).toEqual([])
    expect(rate(result.headline)).toBeGreaterThanOrEqual(0.995)
    expect(rate(result.dateline)).toBeGreaterThanOrEqual(0.99)
    expect(rate(result.publisher)).toBeGreaterThanOrEqual(0.99)
    expect(rate(result.body)).toBeGreaterThanOrEqual(0.995)
    expect(rate(result.paragraphs)).toBeGreaterThanOrEqual(0.95)
  })

  it('newspaper fixtures: every character covered, every article valid with true spans', () => {
    const result = tally('newspaper-fixtures', () => ({ headline: null, dateline: null, publisher: null, body: null, paragraphCount: null, hasTable: false }))
    expect(result.uncovered).toEqual([])
    expect(result.invalid).toEqual([])
  })
})
