import { isWhitespaceCode } from '@newsdoc/core'

/** What a token is. */
export const TokenKind = {
  word: 1,
  number: 2,
  punctuation: 3,
  quote: 4
} as const

/**
 * The tokens of a stretch of text, in typed arrays: offsets into the input
 * and a kind each. One pass; every later stage reads tokens.
 */
export interface Tokens {
  count: number
  start: Uint32Array
  end: Uint32Array
  kind: Uint8Array
}

function isLetter(code: number): boolean {
  const folded = code | 0x20
  if (folded >= 0x61 && folded <= 0x7a) return true
  return code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000 && !isWhitespaceCode(code)
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isQuote(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb
}

/** Apostrophes and hyphens join word parts (`don't`, `China-Russia`, `Xi's`). */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011
}

/**
 * Tokenize `text` between `from` and `to`: words (letters and digits joined
 * by apostrophes and hyphens), numbers (with `,` and `.` inside), quotation
 * marks, and single punctuation marks. Whitespace separates.
 *
 * @example
 * tokenize('He said "no."', 0, 13).count
 * //=> 6
 */
export function tokenize(text: string, from: number, to: number): Tokens {
  // Every non-blank character may be a token of its own.
  const capacity = Math.max(1, to - from)
  const start = new Uint32Array(capacity)
  const end = new Uint32Array(capacity)
  const kind = new Uint8Array(capacity)
  let count = 0
  let index = from
  while (index < to) {
    const code = text.charCodeAt(index)
    if (code === 0x20 || code === 0x0a || (code <= 0x20 && isWhitespaceCode(code)) || (code >= 0xa0 && isWhitespaceCode(code))) {
      index++
      continue
    }
    const tokenStart = index
    let tokenKind: number
    if (isLetter(code) || isDigit(code)) {
      let digitsOnly = isDigit(code)
      index++
      while (index < to) {
        const next = text.charCodeAt(index)
        if (isLetter(next)) {
          digitsOnly = false
          index++
        } else if (isDigit(next)) index++
        else if ((isJoiner(next) || (digitsOnly && (next === 0x2c || next === 0x2e))) && index + 1 < to) {
          const after = text.charCodeAt(index + 1)
          if (isLetter(after) || isDigit(after)) index += 2
          else break
        } else break
      }
      tokenKind = digitsOnly ? TokenKind.number : TokenKind.word
    } else if ((code === 0x27 && text.charCodeAt(index + 1) === 0x27) || (code === 0x60 && text.charCodeAt(index + 1) === 0x60)) {
      // `''` and ``` `` ``` are quotation marks in some newspapers' plain text.
      index += 2
      tokenKind = TokenKind.quote
    } else {
      index++
      tokenKind = isQuote(code) ? TokenKind.quote : TokenKind.punctuation
    }
    start[count] = tokenStart
    end[count] = index
    kind[count] = tokenKind
    count++
  }
  return { count, start, end, kind }
}
