import { isWhitespaceCode } from '@newsdoc/core/helpers'

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
  /**
   * Whether the stretch is already whitespace-folded: no blank at either end,
   * and every blank inside a single U+0020 (so `foldWhitespace` of it, and of
   * any run of its tokens, is the text as it is).
   */
  folded: boolean
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

// What each character is to the tokenizer, precomputed below U+2000 (letters
// end there) so the hot loop does one table read per character.
// Plain constants, not an object's properties: the hot loop compares with literals.
const otherChar = 0
const spaceChar = 1
const letterChar = 2
const digitChar = 3
const joinerChar = 4
const quoteChar = 5

function classify(code: number): number {
  if (isWhitespaceCode(code)) return spaceChar
  if (isDigit(code)) return digitChar
  if (isLetter(code)) return letterChar
  if (isJoiner(code)) return joinerChar
  if (isQuote(code)) return quoteChar
  return otherChar
}

const charTable = new Uint8Array(0x2000)
for (let code = 0; code < charTable.length; code++) charTable[code] = classify(code)

function charClass(code: number): number {
  return code < 0x2000 ? charTable[code]! : classify(code)
}

/**
 * Tokenize `text` between `from` and `to`: words (letters and digits joined
 * by apostrophes and hyphens), numbers (with `,` and `.` inside), quotation
 * marks, and single punctuation marks. Whitespace separates. The arrays
 * are reused by the next call: copy what is to be kept.
 *
 * @example
 * tokenize('He said "no."', 0, 13).count
 * //=> 6
 */
export function tokenize(text: string, from: number, to: number): Tokens {
  // Tokens go to scratch arrays, grown as they fill and reused by the next
  // call, so no stage pays for zeroed space it never uses (and a paragraph
  // of ten million letters, one token, needs no ten-million slots).
  let { start, end, kind } = scratch
  let count = 0
  let index = from
  let folded = true
  while (index < to) {
    const code = text.charCodeAt(index)
    const type = charClass(code)
    if (type === spaceChar) {
      if (code !== 0x20 || index === from || index + 1 === to || charClass(text.charCodeAt(index + 1)) === spaceChar) folded = false
      index++
      continue
    }
    const tokenStart = index
    let tokenKind: number
    if (type === letterChar || type === digitChar) {
      let digitsOnly = type === digitChar
      index++
      while (index < to) {
        const next = charClass(text.charCodeAt(index))
        if (next === letterChar) {
          digitsOnly = false
          index++
        } else if (next === digitChar) index++
        else if (next === joinerChar || (digitsOnly && next === otherChar)) {
          // `don't`, `China-Russia`; inside a number `1,000` and `3.5`.
          const mark = text.charCodeAt(index)
          if (next === otherChar && mark !== 0x2c && mark !== 0x2e) break
          if (index + 1 >= to) break
          const after = charClass(text.charCodeAt(index + 1))
          if (after === letterChar || after === digitChar) index += 2
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
      tokenKind = type === quoteChar ? TokenKind.quote : TokenKind.punctuation
    }
    if (count === kind.length) {
      growScratch(count + 1)
      start = scratch.start
      end = scratch.end
      kind = scratch.kind
    }
    start[count] = tokenStart
    end[count] = index
    kind[count] = tokenKind
    count++
  }
  // Views of the scratch arrays at the real count (a read past the last
  // token is undefined, as for any typed array): valid until the next call.
  // A paragraph view copies what it keeps into one array of its own.
  return { count, start: start.subarray(0, count), end: end.subarray(0, count), kind: kind.subarray(0, count), folded }
}

const scratch = { start: new Uint32Array(0), end: new Uint32Array(0), kind: new Uint8Array(0) }

function growScratch(length: number): void {
  // Doubling keeps the number of reallocations logarithmic in the most tokens a paragraph has.
  const capacity = Math.max(length, 2 * scratch.kind.length, 4096)
  const grown = { start: new Uint32Array(capacity), end: new Uint32Array(capacity), kind: new Uint8Array(capacity) }
  grown.start.set(scratch.start)
  grown.end.set(scratch.end)
  grown.kind.set(scratch.kind)
  Object.assign(scratch, grown)
}
