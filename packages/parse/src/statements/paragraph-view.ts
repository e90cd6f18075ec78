import type { Span } from '@newsdoc/core'
import type { Sentence } from '../text/sentences.js'
import { splitSentences } from '../text/sentences.js'
import type { Tokens } from '../text/tokens.js'
import { TokenKind, tokenize } from '../text/tokens.js'
import { lookUpHashed, lookUpWord, WordClass } from '../lexicon/word-classes.js'
import { spanHash } from '../text/span-hash.js'
import { allocateUint32 } from '../text/typed-arena.js'

/** One paragraph as the statement stages read it: tokens, their words, sentences. */
export interface ParagraphView {
  index: number
  span: Span
  text: string
  tokens: Tokens
  /** Each token's text, lower-cased. */
  lower: string[]
  /** For each word token, the `WordClass` bits of its lower-cased text (0 for other tokens). */
  classes: Uint32Array
  sentences: Sentence[]
  /** For each token, the index of its sentence. */
  sentenceOf: Uint32Array
}

/**
 * Tokenize a paragraph once and index its sentences.
 *
 * @example
 * viewParagraph(text, 0, { start: 0, end: text.length }).sentences.length
 */
export function viewParagraph(text: string, index: number, span: Span): ParagraphView {
  const tokens = tokenize(text, span.start, span.end)
  const lower: string[] = new Array<string>(tokens.count)
  const classes = allocateUint32(tokens.count)
  // Lower-case the paragraph once; per token only when that changes lengths (`İ`).
  // A listed word takes the list's own string and classes; a mark, a shared one-character string.
  let lowered = text.slice(span.start, span.end).toLowerCase()
  let offset = span.start
  if (lowered.length !== span.end - span.start) {
    lowered = ''
    offset = 0
  }
  for (let token = 0; token < tokens.count; token++) {
    const start = tokens.start[token]! - offset
    const end = tokens.end[token]! - offset
    const kind = tokens.kind[token]
    const capital = kind === TokenKind.word && isCapitalCode(text.charCodeAt(tokens.start[token]!)) ? WordClass.capitalized : 0
    if (lowered === '') {
      const word = text.slice(tokens.start[token]!, tokens.end[token]!).toLowerCase()
      const found = kind === TokenKind.word ? lookUpWord(word, 0, word.length) : null
      lower[token] = found?.word ?? word
      classes[token] = (found?.classes ?? 0) | capital
      continue
    }
    if (kind === TokenKind.punctuation) {
      // Engines keep one string per Latin-1 character: no allocation for `,` or `.`.
      const code = lowered.charCodeAt(start)
      lower[token] = code < 0x100 ? String.fromCharCode(code) : lowered.slice(start, end)
      continue
    }
    const found = kind === TokenKind.word ? lookUpHashed(spanHash(lowered, start, end), lowered, start, end) : null
    if (found === null) {
      lower[token] = lowered.slice(start, end)
      classes[token] = capital
    } else {
      lower[token] = found.word
      classes[token] = found.classes | capital
    }
  }
  const sentences = splitSentences(text, tokens)
  const sentenceOf = allocateUint32(tokens.count)
  sentences.forEach(([first, last], sentence) => {
    for (let token = first; token <= last; token++) sentenceOf[token] = sentence
  })
  return { index, span, text, tokens, lower, classes, sentences, sentenceOf }
}

/** The token's text as written. */
export function tokenText(view: ParagraphView, token: number): string {
  return view.text.slice(view.tokens.start[token]!, view.tokens.end[token]!)
}

/** Whether the token is a word that starts with a capital letter. */
export function isCapitalized(view: ParagraphView, token: number): boolean {
  return hasClass(view, token, WordClass.capitalized)
}

function isCapitalCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde)
}

/**
 * Whether the token is a word in any of the `WordClass` lists in `classes`
 * (false for positions outside the paragraph).
 *
 * @example
 * hasClass(view, token, WordClass.speechCue | WordClass.beliefCue)
 */
export function hasClass(view: ParagraphView, token: number, classes: number): boolean {
  return ((view.classes[token] ?? 0) & classes) !== 0
}

/** Whether the token is this punctuation mark (one character). */
export function isMark(view: ParagraphView, token: number, mark: string): boolean {
  // A punctuation token is one character: compare codes, not strings.
  return token >= 0 && token < view.tokens.count && view.tokens.kind[token] === TokenKind.punctuation && view.text.charCodeAt(view.tokens.start[token]!) === mark.charCodeAt(0)
}

/**
 * Whether the token ends a sentence: a `.`, `!` or `?` that the sentence
 * splitter took as an end (so not the period of `Mr.` or `U.S.`).
 */
export function isSentenceEnd(view: ParagraphView, token: number): boolean {
  if (!(isMark(view, token, '.') || isMark(view, token, '!') || isMark(view, token, '?'))) return false
  const sentence = view.sentences[view.sentenceOf[token]!]
  return sentence === undefined || sentence[1] - token <= 2
}
