import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldWhitespace, isWhitespaceCode } from '../src/index.js'

describe('foldWhitespace', () => {
  it('folds runs and trims', () => {
    expect(foldWhitespace('  standard oil\n   said\u00a0\t ')).toBe('standard oil said')
    expect(foldWhitespace('already folded')).toBe('already folded')
    expect(foldWhitespace('\ufeff')).toBe('')
    // Inside otherwise clean text: the fast path must not take these as folded.
    expect(foldWhitespace('a\u00a0b')).toBe('a b')
    expect(foldWhitespace('a  b')).toBe('a b')
    expect(foldWhitespace('a \u2028b')).toBe('a b')
  })

  it('agrees with the regular-expression definition on any text', () => {
    const unit = fc.oneof(fc.constantFrom(' ', '\n', '\r', '\t', '\u00a0', '\u2028', '\ufeff', '\u200b', 'a', '.'), fc.string({ maxLength: 3 }))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(foldWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim())
      }),
      { numRuns: 1000 }
    )
  })

  it('knows the same whitespace as \\s', () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isWhitespaceCode(code), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)))
    }
  })
})
