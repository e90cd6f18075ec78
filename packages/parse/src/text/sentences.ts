import { abbreviations, openersAfterAbbreviation, titleAbbreviations } from '../lexicon/abbreviations.js'
import type { Tokens } from './tokens.js'
import { TokenKind } from './tokens.js'

const closers = new Set([')', ']', '’', "'"])
const longestAbbreviation = Math.max(1, ...[...abbreviations].map((word) => word.length))

function isUpper(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde)
}

const longestOpener = Math.max(...[...openersAfterAbbreviation].map((word) => word.length))

/** Whether the token is a capitalized word that opens a sentence even after an abbreviation (`He`, `The`). */
function opensAfterAbbreviation(text: string, tokens: Tokens, token: number): boolean {
  if (tokens.kind[token] !== TokenKind.word) return false
  const start = tokens.start[token]!
  const end = tokens.end[token]!
  if (end - start > longestOpener || !isUpper(text.charCodeAt(start))) return false
  return openersAfterAbbreviation.has(text.slice(start, end).toLowerCase())
}

/**
 * Split tokens into sentences at `.`, `!` and `?` (with the quotes and
 * brackets that close after them), unless the period ends an abbreviation
 * (`Mr.`, `Sept.`), an initial (`J.`, `U.S.`) or the next word is not a
 * sentence start. Returns the last token of each sentence (a sentence
 * starts one token after the end of the one before), as a view of an array
 * that the next call reuses: read it before splitting again.
 *
 * @example
 * splitSentences('He left. She stayed.', tokenize('He left. She stayed.', 0, 20))
 * //=> Uint32Array [2, 5]
 */
export function splitSentences(text: string, tokens: Tokens): Uint32Array {
  // The last token of each sentence, in a scratch array reused by the next call (a sentence starts
  // one after the end before it): no array per sentence for the collector.
  if (sentenceEnds.length < tokens.count) sentenceEnds = new Uint32Array(Math.max(tokens.count, 2 * sentenceEnds.length, 1024))
  let count = 0
  let first = 0
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kind[index] !== TokenKind.punctuation) continue
    const mark = text.charCodeAt(tokens.start[index]!)
    if (mark !== 0x2e && mark !== 0x21 && mark !== 0x3f) continue
    let last = index
    // Closing quotes and brackets that follow the mark belong to this sentence.
    while (last + 1 < tokens.count) {
      const next = tokens.start[last + 1]!
      const nextText = text[next]!
      const touching = next === tokens.end[last]
      if (touching && (tokens.kind[last + 1] === TokenKind.quote || closers.has(nextText))) last++
      else break
    }
    if (last + 1 >= tokens.count) break
    // `S.C.`, `e.g.`, `U.S.A`: a mark with a word right after it, no space between, ends no sentence.
    if (tokens.start[last + 1] === tokens.end[last] && tokens.kind[last + 1] === TokenKind.word) continue
    if (mark === 0x2e && index > first) {
      const previousStart = tokens.start[index - 1]!
      const previousEnd = tokens.end[index - 1]!
      const touching = previousEnd === tokens.start[index]
      // Most sentences end in a word longer than any abbreviation: no slice for those.
      const word = touching && previousEnd - previousStart <= longestAbbreviation ? text.slice(previousStart, previousEnd) : ''
      const abbreviated = word !== '' && (abbreviations.has(word.toLowerCase()) || (word.length === 1 && isUpper(word.charCodeAt(0))))
      if (abbreviated && (titleAbbreviations.has(word.toLowerCase()) || !opensAfterAbbreviation(text, tokens, last + 1))) continue
    }
    const nextStart = tokens.start[last + 1]!
    const nextCode = text.charCodeAt(nextStart)
    const startsSentence = isUpper(nextCode) || tokens.kind[last + 1] === TokenKind.quote || tokens.kind[last + 1] === TokenKind.number || nextCode === 0x28 || nextCode === 0x2014 || opensSingleQuote(text, tokens, last + 1)
    if (!startsSentence) continue
    sentenceEnds[count++] = last
    first = last + 1
    index = last
  }
  if (first < tokens.count) sentenceEnds[count++] = tokens.count - 1
  return sentenceEnds.subarray(0, count)
}

let sentenceEnds = new Uint32Array(0)

/** Whether a single quotation mark opens at token `index`, right before a capital (`‘We still have …’`): a quotation's first sentence. */
function opensSingleQuote(text: string, tokens: Tokens, index: number): boolean {
  const code = text.charCodeAt(tokens.start[index]!)
  if (code !== 0x2018 && code !== 0x27) return false
  const next = index + 1
  return next < tokens.count && tokens.start[next] === tokens.end[index] && isUpper(text.charCodeAt(tokens.start[next]!))
}
