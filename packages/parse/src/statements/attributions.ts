// Attributions around a content: `X said`, `said X`, `according to X`, with the short tails a cue may take (`said on Tuesday`, `told reporters`).
import type { Span } from '@newsdoc/core'
import { WordClass } from '../lexicon/word-classes.js'
import { clauseOnlyCues } from '../lexicon/cue-verbs.js'
import { mediaNouns, prepositions, questionWords, sourceTailOpeners, titlePrepositions } from '../lexicon/function-words.js'
import { subjectPronouns } from '../lexicon/pronouns.js'
import { TokenKind } from '../text/tokens.js'
import type { ParagraphView } from './paragraph-view.js'
import { hasClass, isCapitalized, isMark, isSentenceEnd, lowerAt, tokenKind, tokenStart, wordIs } from './paragraph-view.js'
import type { Quotation } from './quotes.js'
import { isAccordingTo, isCue, isDash, isMannerAdverb, isNegated, isWord, maxSubjectTokens, sentenceStart, span } from './cue-words.js'
import { appositiveMarks, firstNonLead, maxAppositiveTokens, participialSubject, phraseAfter, subjectBefore } from './subjects.js'

/** A source and its cue, found around a content. */
export interface Attribution {
  cue: Span
  speaker: Span
  /** First and last token of the attribution. */
  first: number
  last: number
}

export const maxSourceTokens = 20

// The most tokens of a name before an appositive (`Rev. Kyev Tatum`).
const maxNameTokens = 5

// The longest tail of other words after a trailing cue (`said onstage Tuesday night`).
const maxShortTail = 4

/**
 * The source after `according to`, to `limit` (exclusive) or the first
 * comma: any noun phrase of up to 20 tokens, named or not (`state corporate
 * records`, `the most recent data available from the FBI`).
 */
function accordingToSource(view: ParagraphView, first: number, limit: number): { first: number; last: number } | null {
  if (!isWord(view, first) && tokenKind(view, first) !== TokenKind.number) return null
  let last = first
  while (last + 1 < limit && last - first < maxSourceTokens && !isMark(view, last + 1, ',') && !isSentenceEnd(view, last + 1) && tokenKind(view, last + 1) !== TokenKind.quote) last++
  return last + 1 === limit || isMark(view, last + 1, ',') || isSentenceEnd(view, last + 1) ? { first, last } : null
}

/**
 * A trailing attribution from token `from` to `end` (exclusive):
 * `Putin noted`, `he said on Tuesday`, `said Putin`, `said the official`,
 * `according to China's Foreign Ministry`.
 */
export function attributionAt(view: ParagraphView, from: number, end: number): Attribution | null {
  if (from >= end) return null
  if (isAccordingTo(view, from)) {
    const phrase = accordingToSource(view, from + 2, end)
    if (phrase === null) return null
    return { cue: span(view, from, from + 1), speaker: span(view, phrase.first, phrase.last), first: from, last: phrase.last }
  }
  // `…, as first reported by the New York Times on Tuesday.`: a passive cue names its source after `by`.
  if (wordIs(view, from, 'as')) {
    let cue = from + 1
    while (cue < end && cue <= from + 3 && !isCue(view, cue) && isWord(view, cue) && (hasClass(view, cue, WordClass.cueAuxiliary) || wordIs(view, cue, 'first'))) cue++
    if (!isCue(view, cue) || !wordIs(view, cue + 1, 'by')) return null
    const phrase = phraseAfter(view, cue + 2, end)
    if (phrase === null) return null
    let source = phrase.first
    while (source < phrase.last && !(isCapitalized(view, source) && sourceTailOpeners.has(lowerAt(view, source + 1)!))) source++
    return { cue: span(view, cue, cue), speaker: span(view, phrase.first, source), first: from, last: phrase.last }
  }
  // `…, said Putin.`: an inverted cue names its source after it (never a participle: `…, noting he would …`).
  if (isCue(view, from) && !lowerAt(view, from)!.endsWith('ing') && !hasClass(view, from, WordClass.uninvertedCue)) {
    const phrase = phraseAfter(view, from + 1, end)
    if (phrase === null) return null
    // `…, said she could not support …` is a clause, not a source.
    if (hasClass(view, phrase.first, WordClass.personPronoun) && phrase.last > phrase.first) return null
    // `…, said the FBI was wrong`: a phrase with a finite verb is a clause too.
    for (let token = phrase.first + 1; token <= phrase.last; token++) if (hasClass(view, token, WordClass.finiteVerb)) return null
    // `said Mayor Don Guardian in a telephone interview`: the source is the name; the rest is the attribution's tail.
    let source = phrase.first
    while (source < phrase.last && !(isCapitalized(view, source) && sourceTailOpeners.has(lowerAt(view, source + 1)!))) source++
    return { cue: span(view, from, from), speaker: span(view, phrase.first, source), first: from, last: phrase.last }
  }
  for (let cue = from + 1; cue < end && cue - from <= maxSubjectTokens + maxAppositiveTokens; cue++) {
    if (!isCue(view, cue)) {
      if (!isWord(view, cue) && !isMark(view, cue, ',') && tokenKind(view, cue) !== TokenKind.number && !appositiveMarks.has(lowerAt(view, cue)!)) return null
      continue
    }
    // `…, Eric Trump called.`: naming verbs attribute only a quotation they introduce.
    if (hasClass(view, cue, WordClass.quoteCue)) return null
    // `…, who in 2012 added to his portfolio`: `add` with `to` adds, it does not say.
    if (clauseOnlyCues.has(lowerAt(view, cue)!) && wordIs(view, cue + 1, 'to')) return null
    // `"…" The mayor did not reply.`: a denied cue attributes nothing.
    if (isNegated(view, cue, from)) return null
    const subject = subjectBefore(view, cue, from)
    if (subject === null || subject.first !== firstNonLead(view, from, subject.first)) return null
    // The cue may be followed by a short tail: `in a statement`, `on Tuesday`
    // (or by a dash that closes an aside: `- ''Born with a silver spoon,'' Mr. Elkins said - but …`).
    let last = cue
    // `"…," Trump barked and a security guard escorted him out.`: a conjunction after the cue opens a clause of its own.
    const conjoined = wordIs(view, cue + 1, 'and') || wordIs(view, cue + 1, 'but')
    if (cue + 1 < end && !isDash(view, cue + 1) && !conjoined) {
      // (`said just after midnight on CNN`: `just` before the tail.)
      const tail = wordIs(view, cue + 1, 'just') ? cue + 2 : cue + 1
      if (!(hasClass(view, tail, WordClass.tailOpener) || isMannerAdverb(view, cue + 1) || listenerTail(view, cue, end) || shortTail(view, cue + 1, end))) return null
      // `said at an impromptu question-and-answer session with reporters on …`: a long tail is still the attribution's.
      last = end - 1
    }
    return { cue: span(view, cue, cue), speaker: span(view, subject.first, subject.last), first: from, last }
  }
  return null
}

/**
 * Whether a few words after a cue are an adverbial, not a clause (`said
 * onstage Tuesday night`, but not `said the plan was dead`): no verb, no
 * pronoun, no determiner, no `that`.
 */
function shortTail(view: ParagraphView, from: number, end: number): boolean {
  if (end - from > maxShortTail) return false
  for (let token = from; token < end; token++) {
    if (!isWord(view, token) && tokenKind(view, token) !== TokenKind.number) return false
    if (hasClass(view, token, WordClass.finiteVerb | WordClass.personPronoun | WordClass.determiner) || wordIs(view, token, 'that')) return false
  }
  return true
}

/**
 * Whether the words after a cue that takes an object, to the end of the
 * clause (`told a crowd in Seattle on Tuesday night`, `told Fox News's
 * Greta Van Susteren in March 2011`), are its listener and a tail, not a
 * clause of their own (`told reporters he would win`): a few words of any
 * kind, or any number without a verb, a pronoun or `that`.
 */
function listenerTail(view: ParagraphView, cue: number, end: number): boolean {
  if (!hasClass(view, cue, WordClass.cueWithObject)) return false
  if (end - cue - 1 <= 6) return true
  for (let token = cue + 1; token < end; token++) {
    if (hasClass(view, token, WordClass.finiteVerb | WordClass.personPronoun) || wordIs(view, token, 'that')) return false
  }
  return true
}

/**
 * Where a clause starts after a short tail (`on Sunday it had …`, `in an
 * interview the plan was …`): a pronoun or determiner within a few words,
 * with a finite verb a few words after it; -1 when there is none.
 */
export function clauseAfterTail(view: ParagraphView, start: number, stop: number): number {
  let verb = start + 1
  while (verb <= stop && verb <= start + maxShortTail + 4 && isWord(view, verb) && !hasClass(view, verb, WordClass.finiteVerb)) verb++
  if (verb > stop || !hasClass(view, verb, WordClass.finiteVerb)) return -1
  // The subject nearest the verb (`in an interview the plan was`: `the`, not `an`).
  for (let subject = verb - 1; subject > start && subject >= verb - 4; subject--) {
    if (subjectPronouns.has(lowerAt(view, subject)!) || (hasClass(view, subject, WordClass.determiner) && !wordIs(view, subject, 'his') && !wordIs(view, subject, 'her'))) return subject
  }
  return -1
}

/** Whether the words from `first` to the comma at `comma` are an opening phrase (`In an interview on Friday,`, `However,`), with no other comma. */
export function opensWithPhrase(view: ParagraphView, first: number, comma: number): boolean {
  // (`If the vote fails again, he said, …` opens with a clause of the content.)
  if (!hasClass(view, first, WordClass.clauseOpener | WordClass.leadingNonSubject) || hasClass(view, first, WordClass.subordinator)) return false
  for (let token = first + 1; token < comma; token++) if (isMark(view, token, ',') || hasClass(view, token, WordClass.finiteVerb)) return false
  return true
}

/** Whether a clause stands between two tokens (inclusive): a finite verb or `that`. */
export function hasClause(view: ParagraphView, from: number, to: number): boolean {
  for (let token = from; token <= to; token++) if (hasClass(view, token, WordClass.finiteVerb) || wordIs(view, token, 'that')) return true
  return false
}

export function attributionAfterQuote(view: ParagraphView, quotation: Quotation): Attribution | null {
  if (quotation.open_ended) return null
  let from = quotation.close + 1
  if (isMark(view, from, ',')) from++
  const clauseEnd = (start: number): number => {
    let end = start
    while (end < view.tokenCount && !isSentenceEnd(view, end) && !isMark(view, end, ',') && tokenKind(view, end) !== TokenKind.quote) end++
    return end
  }
  const end = clauseEnd(from)
  const plain = attributionAt(view, from, end)
  if (plain !== null || !isMark(view, end, ',')) return plain
  // `"…," Jeff Weaver, Sanders' campaign manager, said in a statement.`: a name, an appositive, the cue.
  const appositiveEnd = clauseEnd(end + 1)
  if (appositiveEnd - end > maxAppositiveTokens) return null
  if (isMark(view, appositiveEnd, ',')) return attributionAt(view, from, clauseEnd(appositiveEnd + 1))
  // `"…," Anais Faraj, an analyst at Nomura told the BBC.`: an appositive that the cue closes; the name before it speaks.
  if (!hasCueBetween(view, end + 1, appositiveEnd)) return null
  const described = attributionAt(view, end + 1, appositiveEnd)
  if (described === null || described.first !== end + 1 || end - from > maxNameTokens) return null
  for (let token = from; token < end; token++) if (!isCapitalized(view, token) && !isMark(view, token, '.')) return null
  return { ...described, speaker: { start: tokenStart(view, from)!, end: described.speaker.end }, first: from }
}

/**
 * The cue before a prepositional tail that ends at `last` (`said about …
 * of its platform`): up to `maxLongTail` words, none a finite verb, the
 * first a preposition; -1 when there is none.
 */
function cueBeforeLongTail(view: ParagraphView, last: number): number {
  for (let token = last; token >= 0 && last - token < maxLongTail; token--) {
    if (isCue(view, token)) return prepositions.has(lowerAt(view, token + 1) ?? '') ? token : -1
    if (!isWord(view, token) || hasClass(view, token, WordClass.finiteVerb)) return -1
  }
  return -1
}

// The most words of a prepositional tail between a cue and the colon that ends its attribution.
const maxLongTail = 16

/** Whether a speech cue word stands from `first` up to `end` (exclusive), by its class bits alone. */
function hasCueBetween(view: ParagraphView, first: number, end: number): boolean {
  for (let token = first; token < end; token++) if (hasClass(view, token, WordClass.speechCue)) return true
  return false
}

export function attributionBeforeQuote(view: ParagraphView, quotation: Quotation): Attribution | null {
  // A quotation that does not end its sentence is part of reported speech (`said "it gets me mad" every time`).
  if (!quotation.open_ended) {
    const next = quotation.close + 1
    if (next < view.tokenCount && !isSentenceEnd(view, next) && !isMark(view, next, ',') && tokenKind(view, next) !== TokenKind.quote) {
      const closesSentence = isSentenceEnd(view, quotation.close - 1)
      if (!closesSentence) return null
    }
  }
  return attributionEndingAt(view, quotation.open - 1) ?? cueOpeningSentence(view, quotation.open - 1)
}

/**
 * The attribution of a sentence that opens with its cue, the source after it
 * and then a `:` or `,` at `mark`: `Said Dorothy Poynter, who grew up with
 * Ali, "…"`, `Said the Pew report: "…"`.
 */
function cueOpeningSentence(view: ParagraphView, mark: number): Attribution | null {
  if (!isMark(view, mark, ':') && !isMark(view, mark, ',')) return null
  const cue = sentenceStart(view, mark)
  if (mark - cue < 2 || mark - cue > maxSourceTokens + 1) return null
  // `Said` or `Added` in capitals only at a sentence's start (not `Report` or `States`, which open as nouns).
  if (!isCapitalized(view, cue) || !hasClass(view, cue, WordClass.speechCue) || hasClass(view, cue, WordClass.nounLikeCue)) return null
  // `Asked whether …, she said: "…"`: a question opens the sentence, and the source has a cue of its own.
  if (questionWords.has(lowerAt(view, cue + 1) ?? '')) return null
  for (let token = cue + 1; token < mark; token++) if (isCue(view, token)) return null
  return { cue: span(view, cue, cue), speaker: span(view, cue + 1, mark - 1), first: cue, last: mark }
}

/**
 * The attribution that ends at token `end`, or at the `:` or `,` there,
 * before what it introduces: `X said:`, `X told reporters,`, `Then she
 * added warily:`, `Chief Williams …, saying,`.
 */
export function attributionEndingAt(view: ParagraphView, end: number): Attribution | null {
  let cue = end
  if (isMark(view, cue, ':') || isMark(view, cue, ',')) cue--
  if (cue < 0) return null
  // `X told reporters: "…"`, `X wrote in an email: "…"`: a short object or tail after the cue.
  let found = cue
  while (found > 0 && found > cue - 5 && !isCue(view, found) && isWord(view, found)) found--
  // `the committee said about its inclusion of Planned Parenthood in the latest draft of its platform:` —
  // before a colon, a longer tail that opens with a preposition and holds no verb.
  const longTail = !isCue(view, found) && isMark(view, end, ':') && isWord(view, found)
  if (longTail) found = cueBeforeLongTail(view, cue)
  if (found < 0 || !isCue(view, found)) return null
  // `Rubio will continue to be "a champion …"`: `continue` or `add` with `to` says nothing.
  if (found !== cue && clauseOnlyCues.has(lowerAt(view, found)!) && wordIs(view, found + 1, 'to')) return null
  if (!longTail && found !== cue && !hasClass(view, found, WordClass.cueWithObject) && !hasClass(view, found + 1, WordClass.tailOpener) && !isMannerAdverb(view, found + 1)) return null
  // `said on "Meet the Press."`: a quotation right after a preposition is its object, not what was said.
  if (found !== cue && cue === end && titlePrepositions.has(lowerAt(view, cue)!)) return null
  // `said in an interview with "Fox News Sunday."`, `on the podcast "Here's the Thing."`: a medium's name, in a
  // prepositional phrase of the tail (`told the show "…"` is still said to the show).
  if (found !== cue && cue === end && (mediaNouns.has(lowerAt(view, cue)!) || (wordIs(view, cue, 'with') && mediaNouns.has(lowerAt(view, cue - 1) ?? '')))) {
    for (let token = found + 1; token < cue; token++) if (titlePrepositions.has(lowerAt(view, token) ?? '')) return null
  }
  const participial = found === cue ? participialSubject(view, found) : null
  const subject = subjectBefore(view, found, sentenceStart(view, found)) ?? participial
  if (subject === null) return null
  // `Chief Williams lobbied to suspend open-carry rights, saying, "…"`: only the cue is the attribution.
  if (subject === participial) return { cue: span(view, found, found), speaker: span(view, subject.first, subject.last), first: found, last: cue }
  return { cue: span(view, found, found), speaker: span(view, subject.first, subject.last), first: subject.first, last: cue }
}
