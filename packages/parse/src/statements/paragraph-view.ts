import type { Span } from '@newsdoc/core'
import type { Sentence } from '../text/sentences.js'
import { splitSentences } from '../text/sentences.js'
import type { Tokens } from '../text/tokens.js'
import { TokenKind, tokenize } from '../text/tokens.js'
import { wordClassesOf } from '../lexicon/word-classes.js'
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
  // Lower-case the paragraph once; per token only when that changes lengths (`İ`).
  const lowered = text.slice(span.start, span.end).toLowerCase()
  if (lowered.length === span.end - span.start) {
    for (let token = 0; token < tokens.count; token++) lower[token] = lowered.slice(tokens.start[token]! - span.start, tokens.end[token]! - span.start)
  } else {
    for (let token = 0; token < tokens.count; token++) lower[token] = text.slice(tokens.start[token]!, tokens.end[token]!).toLowerCase()
  }
  const classes = allocateUint32(tokens.count)
  for (let token = 0; token < tokens.count; token++) if (tokens.kind[token] === TokenKind.word) classes[token] = wordClassesOf(lower[token]!)
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
  if (view.tokens.kind[token] !== TokenKind.word) return false
  const code = view.text.charCodeAt(view.tokens.start[token]!)
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
