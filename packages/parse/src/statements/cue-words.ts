// Word-level tests the statement rules share: cues (a verb, not the noun `the report`), `according to`, dashes, passives, where a sentence starts and its content ends.
import type { Span, StatementKind } from '@newsdoc/core'
import { WordClass } from '../lexicon/word-classes.js'
import { irregularParticiples } from '../lexicon/cue-verbs.js'
import { beForms, countingWords, prepositions } from '../lexicon/function-words.js'
import { gazetteer } from '../lexicon/gazetteer.js'
import { TokenKind } from '../text/tokens.js'
import type { ParagraphView } from './paragraph-view.js'
import { hasClass, isCapitalized, isMark, isSentenceEnd, listedAt, lowerAt, sentenceFirst, sentenceOf, tokenEnd, tokenKind, tokenStart, tokenText, wordIs } from './paragraph-view.js'

export const maxSubjectTokens = 9

// The words every attribution rule needs one of: a cue, or `according`.
export const attributionClasses = WordClass.speechCue | WordClass.beliefCue | WordClass.sourceIntroducer

export const measureWords = new Set(['percent', '%', 'per'])

export function span(view: ParagraphView, first: number, last: number): Span {
  return { start: tokenStart(view, first)!, end: tokenEnd(view, last)! }
}

export function isWord(view: ParagraphView, token: number): boolean {
  return token >= 0 && token < view.tokenCount && tokenKind(view, token) === TokenKind.word
}

export function isCue(view: ParagraphView, token: number): boolean {
  if (!isWord(view, token) || !hasClass(view, token, WordClass.speechCue) || isCapitalized(view, token)) return false
  return usedAsCue(view, token)
}

/**
 * Whether a belief cue that is also a noun is used as a verb here: `polls
 * show that …`, not `a talk show host` (whose `show` opened a statement and
 * hid the real cue after it).
 *
 * @example
 * isBeliefVerb(view, token)
 */
export function isBeliefVerb(view: ParagraphView, token: number): boolean {
  if (!hasClass(view, token, WordClass.nounLikeCue)) return true
  const before = lowerAt(view, token - 1)
  // `the show`, `the network's shows`: a noun after a determiner or a possessive.
  if (hasClass(view, token - 1, WordClass.determiner) || before?.endsWith("'s") || before?.endsWith('’s')) return false
  // `a talk show host`: after a determiner and one word, a base form is a noun (`the study found`, `a poll shows` are verbs).
  const word = lowerAt(view, token)!
  return !(isWord(view, token - 1) && hasClass(view, token - 2, WordClass.determiner) && !word.endsWith('s') && !word.endsWith('d'))
}

/** Whether a cue word is used as one where it stands, not as a noun. */
function usedAsCue(view: ParagraphView, token: number): boolean {
  // `your state`, `his comments`, `the report`: a noun, not a cue.
  const before = lowerAt(view, token - 1)
  const nounLike = hasClass(view, token, WordClass.nounLikeCue)
  // (`Another said`, `Both said`: a determiner that stands for its noun is a subject; but `another eight states` is a noun.)
  const determiner = hasClass(view, token - 1, WordClass.determiner) && (nounLike || !hasClass(view, token - 1, WordClass.sourceNoun))
  if (before !== undefined && (determiner || before.endsWith("'s") || before.endsWith('’s'))) return false
  // `in 13 states`, `three reports`: a counted noun; `All told, …`: an idiom.
  if (nounLike && tokenKind(view, token - 1) === TokenKind.number) return false
  // `another eight states`, `several battleground states`: a counted noun; `in caucus states, …`: a preposition's
  // object (but `dealers in eurobonds estimate that …` report).
  if (nounLike && isWord(view, token - 1) && (countingWords.has(before!) || countingWords.has(listedAt(view, token - 2) ?? '') || (prepositions.has(listedAt(view, token - 2) ?? '') && !wordIs(view, token + 1, 'that')))) return false
  // `Canadian claims that …`, `Iranian reports`: after a nationality (not a country, `the US claims`), a plural is a noun.
  if (nounLike && hasClass(view, token - 1, WordClass.demonym) && !gazetteer.has(tokenText(view, token - 1)) && lowerAt(view, token)!.endsWith('s')) return false
  // `the Demos report.`, `a new claim`: after a determiner and one word, the base form is a noun (a verb there would take `-s`).
  if (nounLike && isWord(view, token - 1) && hasClass(view, token - 2, WordClass.determiner) && !lowerAt(view, token)!.endsWith('s')) return false
  // `a politically charged visit`, `a widely shared post`: after a determiner and an adverb, a participle is an adjective.
  if (hasClass(view, token - 2, WordClass.determiner) && isMannerAdverb(view, token - 1)) return false
  // `Having said that, …`, `That said, …`: idioms, not speech.
  if (wordIs(view, token, 'said') && ((before === 'having' && wordIs(view, token + 1, 'that') && isMark(view, token + 2, ',')) || (before === 'that' && isMark(view, token + 1, ',') && token - 1 === sentenceStart(view, token)))) return false
  if (before === 'all' && isMark(view, token + 1, ',') && token - 1 === sentenceStart(view, token)) return false
  if (nounLike) {
    const next = token + 1
    const clause = wordIs(view, next, 'that') || isMark(view, next, ',') || isMark(view, next, ':') || isSentenceEnd(view, next) || tokenKind(view, next) === TokenKind.quote
    const subject = before !== undefined && (hasClass(view, token - 1, WordClass.personPronoun | WordClass.cueAuxiliary) || before === 'it')
    if (!clause && !subject) return false
  }
  return true
}

export function isAccordingTo(view: ParagraphView, token: number): boolean {
  return hasClass(view, token, WordClass.sourceIntroducer) && wordIs(view, token + 1, 'to')
}

export function isDash(view: ParagraphView, token: number): boolean {
  return isMark(view, token, '-') || isMark(view, token, '—') || isMark(view, token, '–')
}

/** `said sarcastically`, `said quietly`: an adverb of manner after the cue is part of the attribution. */
export function isMannerAdverb(view: ParagraphView, token: number): boolean {
  if (!isWord(view, token) || isCapitalized(view, token)) return false
  const word = lowerAt(view, token)!
  return word.length > 4 && word.endsWith('ly')
}

/** Whether `not`, `never` or `n't` stands among the auxiliaries right before the cue (`did not reply`, `has never said`). */
export function isNegated(view: ParagraphView, cue: number, floor: number): boolean {
  for (let token = cue - 1; token >= floor && hasClass(view, token, WordClass.cueAuxiliary); token--) {
    if (wordIs(view, token, 'not') || wordIs(view, token, 'never')) return true
  }
  const before = lowerAt(view, cue - 1) ?? ''
  return before.endsWith("n't") || before.endsWith('n’t')
}

/** Where a clause ends: the sentence end, or the token before trailing closing marks. */
export function contentEnd(view: ParagraphView, last: number): number {
  let end = last
  while (end > 0 && (isSentenceEnd(view, end) || tokenKind(view, end) === TokenKind.quote || isMark(view, end, ')'))) {
    // `… in the U.S.`: the period of an abbreviation stays with it.
    if (isMark(view, end, '.') && isInitial(view, end - 1)) break
    end--
  }
  return end
}

/** Whether the token is one capital letter with a period right after it (`S` of `U.S.`). */
function isInitial(view: ParagraphView, token: number): boolean {
  const start = tokenStart(view, token)!
  return isCapitalized(view, token) && tokenEnd(view, token) === start + 1 && tokenStart(view, token + 1) === start + 1
}

export function kindOf(view: ParagraphView, first: number, last: number): StatementKind {
  let quotes = 0
  for (let token = first; token <= last; token++) if (tokenKind(view, token) === TokenKind.quote) quotes++
  if (quotes === 0) return 'indirect'
  // `saying: "For the last time, …"`: content that is one quotation and nothing else is direct.
  return quotes === 2 && last > first + 1 && tokenKind(view, first) === TokenKind.quote && tokenKind(view, last) === TokenKind.quote ? 'direct' : 'mixed'
}

export function sentenceStart(view: ParagraphView, token: number): number {
  return sentenceFirst(view, sentenceOf(view, token))
}

export function isQuoteAt(view: ParagraphView, token: number): boolean {
  return token >= 0 && token < view.tokenCount && tokenKind(view, token) === TokenKind.quote
}

/** Whether the cue is a participle after a form of `be`, adverbs allowed between (`was also told`). */
export function isPassive(view: ParagraphView, cue: number): boolean {
  const word = lowerAt(view, cue)!
  if (!word.endsWith('ed') && !irregularParticiples.has(word)) return false
  let before = cue - 1
  while (before >= 0 && isWord(view, before) && hasClass(view, before, WordClass.cueAuxiliary) && !beForms.has(lowerAt(view, before)!)) before--
  return before >= 0 && beForms.has(lowerAt(view, before) ?? '')
}

export function quoteWithin(view: ParagraphView, token: number, distance: number): boolean {
  for (let next = token + 1; next <= token + distance && next < view.tokenCount; next++) if (tokenKind(view, next) === TokenKind.quote) return true
  return false
}
