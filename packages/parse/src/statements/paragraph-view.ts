import type { Span } from '@newsdoc/core'
import { foldWhitespace } from '@newsdoc/core/helpers'
import { splitSentences } from '../text/sentences.js'
import { TokenKind, tokenize } from '../text/tokens.js'
import { classesOfNumber, listedNumber, listedWord, WordClass } from '../lexicon/word-classes.js'
import { sameSpan, spanHash } from '../text/span-hash.js'
import { allocateUint32 } from '../text/typed-arena.js'

/** One paragraph as the statement stages read it: tokens, their words, sentences. */
export interface ParagraphView {
  index: number
  span: Span
  text: string
  /** How many tokens the paragraph has. */
  tokenCount: number
  /**
   * Whether the paragraph's text is already whitespace-folded: no blank at
   * either end, and every blank inside a single U+0020 (see `Tokens`).
   */
  folded: boolean
  /**
   * Everything known of the tokens and sentences, in one array (a paragraph
   * view should cost few objects: a long article has hundreds of thousands
   * of paragraphs, all alive until the parse ends, and a typed array is an
   * object of about a hundred bytes). Five numbers per token: at `5 * token`
   * its start offset and at `+ 1` its end (`tokenStart`, `tokenEnd`); at
   * `+ 2` its `TokenKind` and, shifted left by 3, the index of its sentence
   * (`tokenKind`, `sentenceOf`); at `+ 3` its `WordClass` bits (0 for tokens
   * that are not words); at `+ 4` the `listedWord` number of its lower-cased
   * text (0 when it is in no list). Then four per sentence, from
   * `5 * tokenCount`: the `WordClass` bits of any of its words (a rule that
   * needs a cue skips a sentence with none), the bits `1 << kind` of its
   * tokens' `TokenKind`s (`sentenceHas`, `sentenceHasKind`), and its first
   * and last token (`sentenceFirst`, `sentenceLast`).
   */
  data: Uint32Array
  /** Lower-case texts of other tokens, made on first use by `lowerAt` (null until one is). */
  made: Array<string | undefined> | null
  /** How many sentences the paragraph has; they cover its tokens in order, with no gap. */
  sentenceCount: number
  /** The `WordClass` bits of any word of the paragraph. */
  classesPresent: number
  /** `1 << kind` for every `TokenKind` in the paragraph. */
  kindsPresent: number
}

// Numbers per token in `ParagraphView.data`, and where each is.
const stride = 5
const kindAndSentence = 2
const classesField = 3
const numberField = 4

/**
 * Tokenize a paragraph once and index its sentences.
 *
 * @example
 * viewParagraph(text, 0, { start: 0, end: text.length }).sentenceCount
 */
export function viewParagraph(text: string, index: number, span: Span): ParagraphView {
  const tokens = tokenize(text, span.start, span.end)
  const sentences = splitSentences(text, tokens)
  // One walk over the sentences' tokens gives each word its classes and sums
  // up what each sentence holds, so that later stages pass over sentences
  // and paragraphs without what they look for. Classes come from the lists,
  // read from the text with ASCII capitals folded (a listed word is ASCII, so
  // a word with any other character is in no list). A listed word's
  // lower-case string is the list's own, kept as its number (no pointer per
  // token for the collector to trace); every other token's is made when a
  // rule first asks (`lowerAt`).
  const data = allocateUint32(stride * tokens.count + 4 * sentences.length)
  const summary = stride * tokens.count
  let classesPresent = 0
  let kindsPresent = 0
  for (let sentence = 0; sentence < sentences.length; sentence++) {
    const first = sentence === 0 ? 0 : sentences[sentence - 1]! + 1
    const last = sentences[sentence]!
    let sentenceClass = 0
    let sentenceKind = 0
    for (let token = first; token <= last; token++) {
      const at = stride * token
      const kind = tokens.kind[token]!
      const start = tokens.start[token]!
      const end = tokens.end[token]!
      data[at] = start
      data[at + 1] = end
      data[at + kindAndSentence] = kind | (sentence << 3)
      sentenceKind |= 1 << kind
      if (kind !== TokenKind.word) continue
      const capital = isCapitalCode(text.charCodeAt(start)) ? WordClass.capitalized : 0
      const number = listedNumber(spanHash(text, start, end), text, start, end)
      const classes = classesOfNumber(number) | capital
      data[at + classesField] = classes
      data[at + numberField] = number
      sentenceClass |= classes
    }
    data[summary + 4 * sentence] = sentenceClass
    data[summary + 4 * sentence + 1] = sentenceKind
    data[summary + 4 * sentence + 2] = first
    data[summary + 4 * sentence + 3] = last
    classesPresent |= sentenceClass
    kindsPresent |= sentenceKind
  }
  return { index, span, text, tokenCount: tokens.count, folded: tokens.folded, data, made: null, sentenceCount: sentences.length, classesPresent, kindsPresent }
}

/**
 * The view's text with whitespace folded, as a field's `text` wants it: the
 * input as it is when the tokenizer saw no blank to fold (the common case,
 * with no second scan of the characters).
 *
 * @example
 * foldedText(view, view.span)
 * //=> 'Russian President Vladimir Putin met …'
 */
export function foldedText(view: ParagraphView, span: Span): string {
  if (view.folded) return view.text.slice(span.start, span.end)
  // Hard-wrapped text (wire copy): every gap between two tokens is whitespace,
  // so a span from a token's start to a token's end folds by its gaps, a slice
  // per line break rather than a regular-expression pass over every character.
  const { data, tokenCount: count } = view
  let token = firstTokenFrom(view, span.start)
  if (token === count || data[stride * token] !== span.start) return foldWhitespace(view.text.slice(span.start, span.end))
  let folded = ''
  let segment = span.start
  while (data[stride * token + 1]! < span.end) {
    const next = token + 1
    if (next === count || data[stride * next]! >= span.end) return foldWhitespace(view.text.slice(span.start, span.end))
    const gapStart = data[stride * token + 1]!
    const gapEnd = data[stride * next]!
    if (gapEnd > gapStart + 1 || (gapEnd === gapStart + 1 && view.text.charCodeAt(gapStart) !== 0x20)) {
      folded += `${view.text.slice(segment, gapStart)} `
      segment = gapEnd
    }
    token = next
  }
  if (data[stride * token + 1] !== span.end) return foldWhitespace(view.text.slice(span.start, span.end))
  return folded + view.text.slice(segment, span.end)
}

/**
 * The token's start offset in the input (undefined outside the paragraph).
 *
 * @example
 * tokenStart(view, 0) === view.span.start
 * //=> true
 */
export function tokenStart(view: ParagraphView, token: number): number | undefined {
  return token >= 0 && token < view.tokenCount ? view.data[stride * token] : undefined
}

/**
 * The token's end offset in the input (undefined outside the paragraph).
 *
 * @example
 * view.text.slice(tokenStart(view, 0), tokenEnd(view, 0))
 * //=> 'Russian'
 */
export function tokenEnd(view: ParagraphView, token: number): number | undefined {
  return token >= 0 && token < view.tokenCount ? view.data[stride * token + 1] : undefined
}

/**
 * The token's `TokenKind` (undefined outside the paragraph).
 *
 * @example
 * tokenKind(view, 0) === TokenKind.word
 * //=> true
 */
export function tokenKind(view: ParagraphView, token: number): number | undefined {
  return token >= 0 && token < view.tokenCount ? view.data[stride * token + kindAndSentence]! & 7 : undefined
}

/** The first token that starts at or after `offset` (the token count when none does). */
function firstTokenFrom(view: ParagraphView, offset: number): number {
  let low = 0
  let high = view.tokenCount
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokenStart(view, middle)! < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The token's text in lower case (undefined outside the paragraph), made on
 * first use: most tokens are never asked for theirs.
 *
 * @example
 * lowerAt(view, 0)
 * //=> 'russian'
 */
export function lowerAt(view: ParagraphView, token: number): string | undefined {
  if (token < 0 || token >= view.tokenCount) return undefined
  const number = view.data[stride * token + numberField]!
  if (number !== 0) return listedWord(number)
  view.made ??= new Array<string | undefined>(view.tokenCount)
  let word = view.made[token]
  if (word === undefined) {
    const start = tokenStart(view, token)!
    const code = view.text.charCodeAt(start)
    // Engines keep one string per Latin-1 character: no allocation for `,` or `.`.
    word = tokenEnd(view, token) === start + 1 && code < 0x80 ? String.fromCharCode(code | (code >= 0x41 && code <= 0x5a ? 0x20 : 0)) : view.text.slice(start, tokenEnd(view, token)).toLowerCase()
    view.made[token] = word
  }
  return word
}

/**
 * The token's lower-case text when it is a word of the lists (undefined
 * otherwise, and outside the paragraph), without making a string: for
 * asking a small set about a token most of whose texts are in no list.
 *
 * @example
 * organizationRoleNouns.has(listedAt(view, token + 1) ?? '')
 */
export function listedAt(view: ParagraphView, token: number): string | undefined {
  if (token < 0 || token >= view.tokenCount) return undefined
  const number = view.data[stride * token + numberField]!
  return number === 0 ? undefined : listedWord(number)
}

/**
 * Whether the token's lower-case text is `word` (an ASCII lower-case word or
 * mark), without making that text: the characters are compared with ASCII
 * capitals folded (a token with any other character is no ASCII word).
 *
 * @example
 * wordIs(view, 5, 'that')
 */
export function wordIs(view: ParagraphView, token: number, word: string): boolean {
  if (token < 0 || token >= view.tokenCount) return false
  const number = view.data[stride * token + numberField]!
  if (number !== 0) return listedWord(number) === word
  const known = view.made?.[token]
  if (known !== undefined) return known === word
  return sameSpan(word, view.text, tokenStart(view, token)!, tokenEnd(view, token)!)
}

/**
 * The index of the sentence the token is in.
 *
 * @example
 * sentenceFirst(view, sentenceOf(view, token))
 */
export function sentenceOf(view: ParagraphView, token: number): number {
  return view.data[stride * token + kindAndSentence]! >>> 3
}

/**
 * The first token of sentence `sentence`.
 *
 * @example
 * sentenceFirst(view, 0)
 * //=> 0
 */
export function sentenceFirst(view: ParagraphView, sentence: number): number {
  return view.data[stride * view.tokenCount + 4 * sentence + 2]!
}

/**
 * The last token of sentence `sentence`.
 *
 * @example
 * sentenceLast(view, view.sentenceCount - 1)
 * //=> view.tokenCount - 1
 */
export function sentenceLast(view: ParagraphView, sentence: number): number {
  return view.data[stride * view.tokenCount + 4 * sentence + 3]!
}

/** The token's text as written. */
export function tokenText(view: ParagraphView, token: number): string {
  return view.text.slice(tokenStart(view, token)!, tokenEnd(view, token)!)
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
  // Bounds first: a typed-array read past the end slows every later read at that site.
  return token >= 0 && token < view.tokenCount && (view.data[stride * token + classesField]! & classes) !== 0
}

/**
 * Whether a word of sentence `sentence` is in any of the `WordClass` lists in `classes`.
 *
 * @example
 * sentenceHas(view, 0, WordClass.speechCue)
 */
export function sentenceHas(view: ParagraphView, sentence: number, classes: number): boolean {
  return (view.data[stride * view.tokenCount + 4 * sentence]! & classes) !== 0
}

/**
 * Whether sentence `sentence` has a token of this `TokenKind`.
 *
 * @example
 * sentenceHasKind(view, 0, TokenKind.quote)
 */
export function sentenceHasKind(view: ParagraphView, sentence: number, kind: number): boolean {
  return (view.data[stride * view.tokenCount + 4 * sentence + 1]! & (1 << kind)) !== 0
}

/** Whether the token is this punctuation mark (one character). */
export function isMark(view: ParagraphView, token: number, mark: string): boolean {
  // A punctuation token is one character: compare codes, not strings.
  return token >= 0 && token < view.tokenCount && tokenKind(view, token) === TokenKind.punctuation && view.text.charCodeAt(tokenStart(view, token)!) === mark.charCodeAt(0)
}

/**
 * Whether the token ends a sentence: a `.`, `!` or `?` that the sentence
 * splitter took as an end (so not the period of `Mr.` or `U.S.`).
 */
export function isSentenceEnd(view: ParagraphView, token: number): boolean {
  if (!(isMark(view, token, '.') || isMark(view, token, '!') || isMark(view, token, '?'))) return false
  const last = sentenceLast(view, sentenceOf(view, token))
  if (last - token > 2) return false
  // Only closing marks may follow the end mark in its sentence (`."`, `.)`), not `records` in `F.A. records.`.
  for (let after = token + 1; after <= last; after++) {
    if (tokenKind(view, after) !== TokenKind.quote && !isMark(view, after, ')') && !isMark(view, after, ']') && !isMark(view, after, "'") && !isMark(view, after, '’')) return false
  }
  return true
}
