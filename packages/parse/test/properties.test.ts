import { Article, checkSpans } from '@newsdoc/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NewsdocError, parseArticle } from '../src/index.js'
import { tilingProblems } from './support/coverage.js'
import { fuzzSettings } from './support/fuzz-settings.js'

// Any UTF-16 code unit, and lone surrogates in particular (fc.string never makes them).
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))
const newsy = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '    ', ' - ', '—', 'Reuter', 'Photo:', 'By Jane Doe', ' said ', ', he said.', 'according to ', 'Mr. Smith', 'President Vladimir Putin', '“', '”', "''", ' on Wednesday', ' in March this year', ', a spokesman for the Foreign Ministry,', 'Published: Sep 21, 2023 01:53 AM', '(AP Photo/X)', '@highlight', ', saying ', ', adding that ', 'Asked whether ', ' who ', ' (D-Ohio)', ', a spokesman,', '42%', ' 9 percent', ' the company said ', 'The president ', ' citing ', ' — ', ': ', ',', ' and warned ', 'When ', ', while ', ' called it ', 'LONDON (Reuters) - ', '"', '1 of 4. ', '* * *', '\u00a0', '\u200b', '\ufeff')
const article = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), codeUnit, surrogate, newsy), { maxLength: 60 }).map((parts) => parts.join(''))

const runs = fuzzSettings

describe('properties', () => {
  it('never throws anything but a NewsdocError', () => {
    fc.assert(
      fc.property(article, (text) => {
        try {
          parseArticle(text)
        } catch (error) {
          expect(NewsdocError.isInstance(error)).toBe(true)
        }
      }),
      runs
    )
  })

  it('tiles the input with blocks and returns a valid Article', () => {
    fc.assert(
      fc.property(article, (text) => {
        fc.pre(/\S/.test(text))
        const parsed = parseArticle(text)
        expect(tilingProblems(parsed, text)).toEqual([])
        expect(Article.safeParse(parsed).success).toBe(true)
        // Statements lie inside their paragraph, mentions show their text, speakers and vias resolve.
        expect(checkSpans(parsed, text)).toEqual([])
      }),
      runs
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(article, (text) => {
        fc.pre(/\S/.test(text))
        expect(parseArticle(text)).toEqual(parseArticle(text))
      }),
      runs
    )
  })
})
