import { foldWhitespace } from '@newsdoc/core'
import { describe, expect, it } from 'vitest'
import { foldedText, tokenEnd, tokenStart, viewParagraph } from '../src/statements/paragraph-view.js'

// foldedText folds hard-wrapped text by the gaps between tokens; it must
// give exactly what foldWhitespace gives for the same span, aligned on
// tokens or not.
const texts = [
  'Standard Oil said it would\nraise its crude prices by 50\ncts a barrel,  effective today.',
  'Tabs\tand\r\nCRLF line\u00a0breaks, a "quote\n  over lines," and an em\u2003space.',
  'One  two   three\n\n\nfour'
]

describe('foldedText', () => {
  it('folds a hard-wrapped paragraph as foldWhitespace does', () => {
    const text = texts[0]!
    expect(foldedText(viewParagraph(text, 0, { start: 0, end: text.length }), { start: 0, end: text.length })).toBe('Standard Oil said it would raise its crude prices by 50 cts a barrel, effective today.')
  })

  it('agrees with foldWhitespace on every span between two tokens and on spans that cut into blanks or words', () => {
    let spans = 0
    for (const text of texts) {
      const view = viewParagraph(text, 0, { start: 0, end: text.length })
      expect(view.folded).toBe(false)
      const edges = new Set<number>()
      for (let token = 0; token < view.tokenCount; token++) {
        edges.add(tokenStart(view, token)!)
        edges.add(tokenEnd(view, token)!)
        // A blank or the middle of a word as an edge, too.
        edges.add(tokenEnd(view, token)! + 1)
        edges.add(tokenStart(view, token)! + 1)
      }
      const offsets = [...edges].filter((offset) => offset <= text.length).sort((left, right) => left - right)
      for (const start of offsets) {
        for (const end of offsets) {
          if (end < start) continue
          expect(foldedText(view, { start, end })).toBe(foldWhitespace(text.slice(start, end)))
          spans++
        }
      }
    }
    expect(spans).toBeGreaterThan(1000)
  })
})
