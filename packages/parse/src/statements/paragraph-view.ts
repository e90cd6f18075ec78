import type { Span } from '@newsdoc/core'
import type { Sentence } from '../text/sentences.js'
import { splitSentences } from '../text/sentences.js'
import type { Tokens } from '../text/tokens.js'
import { TokenKind, tokenize } from '../text/tokens.js'

/** One paragraph as the statement stages read it: tokens, their words, sentences. */
export interface ParagraphView {
  index: number
  span: Span
  text: string
  tokens: Tokens
  /** Each token's text, lower-cased. */
  lower: string[]
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
  const sentences = splitSentences(text, tokens)
  const sentenceOf = new Uint32Array(tokens.count)
  sentences.forEach(([first, last], sentence) => {
    for (let token = first; token <= last; token++) sentenceOf[token] = sentence
  })
  return { index, span, text, tokens, lower, sentences, sentenceOf }
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

/** Whether the token is this punctuation mark. */
export function isMark(view: ParagraphView, token: number, mark: string): boolean {
  return token >= 0 && token < view.tokens.count && view.tokens.kind[token] === TokenKind.punctuation && view.lower[token] === mark
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
