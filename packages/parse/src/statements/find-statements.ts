import type { Span, StatementKind } from '@newsdoc/core'
import { WordClass } from '../lexicon/word-classes.js'
import { clauseOnlyCues, irregularParticiples, listenerNouns, pluralNounCues } from '../lexicon/cue-verbs.js'
import { beForms, goForms, sourceTailOpeners } from '../lexicon/function-words.js'
import { subjectPronouns } from '../lexicon/pronouns.js'
import { TokenKind } from '../text/tokens.js'
import { allocateUint8 } from '../text/typed-arena.js'
import type { ParagraphView } from './paragraph-view.js'
import { hasClass, isCapitalized, isMark, isSentenceEnd, lowerAt, sentenceHas, wordIs } from './paragraph-view.js'
import type { Quotation } from './quotes.js'
import { findQuotations } from './quotes.js'

/** A statement as found in the text, before speakers are linked to participants. */
export interface StatementDraft {
  kind: StatementKind
  paragraph: number
  content: Span
  cue: Span | null
  /** The source noun phrase next to the cue (`Putin`, `He`, `a Toshiba spokesman`). */
  speaker: Span | null
  /** The source of an `according to` that reports the statement of another. */
  via: Span | null
  /** What the speaker phrase refers to, when it is a relative pronoun (`Sanders, who said …` → `Sanders`). */
  referent?: Span
}

/** Conventions of the publisher that change how statements read. */
export interface StatementOptions {
  /** Whether a trailing cue in a paragraph's last sentence speaks for the sentences before it (state-media style). */
  spanParagraph: boolean
}

/** A source and its cue, found around a content. */
interface Attribution {
  cue: Span
  speaker: Span
  /** First and last token of the attribution. */
  first: number
  last: number
}

const maxSubjectTokens = 9
// The words every attribution rule needs one of: a cue, or `according`.
const attributionClasses = WordClass.speechCue | WordClass.beliefCue | WordClass.sourceIntroducer
const maxAppositiveTokens = 24
const maxSourceTokens = 20
// The longest tail of other words after a trailing cue (`said onstage Tuesday night`).
const maxShortTail = 4
// The most words between a cue and the `that` of its content (`saying at a campaign event last week that …`).
const maxTailBeforeThat = 12
const measureWords = new Set(['percent', '%', 'per'])
// Marks inside an appositive: `Sanders' senior media adviser`, `Provence-Alpes-Cote d'Azur`, `(D-Vt.)`.
const appositiveMarks = new Set(["'s", "'", '’', '.', '(', ')', '-', '—'])

function span(view: ParagraphView, first: number, last: number): Span {
  return { start: view.tokens.start[first]!, end: view.tokens.end[last]! }
}

function isWord(view: ParagraphView, token: number): boolean {
  return token >= 0 && token < view.tokens.count && view.tokens.kind[token] === TokenKind.word
}

function isCue(view: ParagraphView, token: number): boolean {
  if (!isWord(view, token) || !hasClass(view, token, WordClass.speechCue) || isCapitalized(view, token)) return false
  // `your state`, `his comments`, `the report`: a noun, not a cue.
  const before = lowerAt(view, token - 1)
  const nounLike = hasClass(view, token, WordClass.nounLikeCue)
  // (`Another said`, `Both said`: a determiner that stands for its noun is a subject; but `another eight states` is a noun.)
  const determiner = hasClass(view, token - 1, WordClass.determiner) && (nounLike || !hasClass(view, token - 1, WordClass.sourceNoun))
  if (before !== undefined && (determiner || before.endsWith("'s") || before.endsWith('’s'))) return false
  // `in 13 states`, `three reports`: a counted noun; `All told, …`: an idiom.
  if (nounLike && view.tokens.kind[token - 1] === TokenKind.number) return false
  // `the Demos report.`, `a new claim`: after a determiner and one word, the base form is a noun (a verb there would take `-s`).
  if (nounLike && isWord(view, token - 1) && hasClass(view, token - 2, WordClass.determiner) && !lowerAt(view, token)!.endsWith('s')) return false
  if (before === 'all' && isMark(view, token + 1, ',') && token - 1 === sentenceStart(view, token)) return false
  if (nounLike) {
    const next = token + 1
    const clause = wordIs(view, next, 'that') || isMark(view, next, ',') || isMark(view, next, ':') || isSentenceEnd(view, next) || view.tokens.kind[next] === TokenKind.quote
    const subject = before !== undefined && (hasClass(view, token - 1, WordClass.personPronoun | WordClass.cueAuxiliary) || before === 'it')
    if (!clause && !subject) return false
  }
  return true
}

function isAccordingTo(view: ParagraphView, token: number): boolean {
  return hasClass(view, token, WordClass.sourceIntroducer) && wordIs(view, token + 1, 'to')
}

/**
 * The subject noun phrase that ends right before `cue` (auxiliaries such as
 * `has` or `also` skipped), no earlier than token `floor`: a name, a pronoun,
 * or a determiner phrase, with an appositive allowed (`Mayra Gonzalez, a
 * cook at the Taj, said`).
 */
function subjectBefore(view: ParagraphView, cue: number, floor: number, plain = false, bracketed = false): { first: number; last: number } | null {
  let last = cue - 1
  while (last >= floor && isWord(view, last) && hasClass(view, last, WordClass.cueAuxiliary)) last--
  if (last < floor) return null
  // The name before an appositive, a bracket or a relative clause is a plain noun phrase:
  // one level only, so that a run of commas costs linear time, not exponential.
  // (A plain name may carry one bracket, `Rep. Jim Jordan (R-Ohio)`, never brackets upon brackets.)
  if (plain && !isWord(view, last) && (bracketed || !isMark(view, last, ')'))) return null
  // `an architect who said …`: the relative pronoun is the source next to the cue.
  if (wordIs(view, last, 'who') && last > floor) return { first: last, last }
  // `who in 2010 said`: a time phrase between the relative pronoun and the cue.
  for (let token = last; token > floor && token >= last - 3 && (hasClass(view, token, WordClass.leadingNonSubject) || view.tokens.kind[token] === TokenKind.number); token--) {
    if (wordIs(view, token - 1, 'who')) return { first: token - 1, last: token - 1 }
  }
  // `Name, appositive, said`: the appositive ends with a comma before the cue
  // (`Derek Mitchell, who served as U.S. ambassador to Burma from 2012, said`).
  if (!plain && isMark(view, last, ',')) {
    // The comma before `from`, if only appositive material stands between.
    const commaBefore = (from: number): number => {
      let comma = from
      let steps = 0
      while (comma >= floor && !isMark(view, comma, ',') && steps < maxAppositiveTokens) {
        if (!isWord(view, comma) && view.tokens.kind[comma] !== TokenKind.number && !appositiveMarks.has(lowerAt(view, comma)!)) return -1
        comma--
        steps++
      }
      return comma >= floor && isMark(view, comma, ',') ? comma : -1
    }
    const namedAfter = isCapitalized(view, last - 1)
    // `Jimmy Ghazal, 39, a Lebanese man visiting Nice, told`: up to three appositive parts.
    let comma = commaBefore(last - 1)
    // A description before the appositive stands in only when no name comes before it
    // (`Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said`).
    let described: { first: number; last: number } | null = null
    // `Sandy Phillips, who lost her daughter … in Aurora, Colorado, in July 2012, said`: a relative
    // clause among the parts marks the name before it as the source, whatever names the clause holds.
    for (let relative = comma, part = 0; part < 4 && relative !== -1; part++, relative = commaBefore(relative - 1)) {
      if (!wordIs(view, relative + 1, 'who') && !wordIs(view, relative + 1, 'whose')) continue
      const name = subjectBefore(view, relative, floor, true)
      if (name !== null && isCapitalized(view, name.last) && !hasClass(view, name.first - 1, WordClass.clauseOpener)) return { first: name.first, last: last - 1 }
      break
    }
    for (let part = 0; part < 3 && comma !== -1; part++) {
      // `…with Republicans, and the meeting deteriorated from there, said`: a clause, not an appositive.
      if (hasClass(view, comma + 1, WordClass.sentenceConjunction)) break
      const name = subjectBefore(view, comma, floor, true)
      // `In an interview on Friday, Ortiz dismissed the report, said …` is no name with an appositive.
      if (name !== null && hasClass(view, name.first - 1, WordClass.clauseOpener)) break
      if (name !== null && (isCapitalized(view, name.last) || isMark(view, name.last, ')') || hasClass(view, name.last, WordClass.personPronoun))) return { first: name.first, last: last - 1 }
      // `A White House official, who requested anonymity, said`: a relative clause describes any source.
      if (name !== null && (namedAfter || wordIs(view, comma + 1, 'who'))) described ??= { first: name.first, last: last - 1 }
      if (name !== null && described === null) break
      comma = commaBefore(comma - 1)
    }
    return described
  }
  // `Rep. Trey Gowdy (R-S.C.) said`: a bracketed party and state after the name
  // (also before an appositive: `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`).
  if (isMark(view, last, ')')) {
    let open = last - 1
    while (open > floor && open > last - 10 && !isMark(view, open, '(')) open--
    if (!isMark(view, open, '(')) return null
    const name = subjectBefore(view, open, floor, true, true)
    return name === null ? null : { first: name.first, last }
  }
  // `42% say`, `nine out of 10 say`: a share as the source.
  if (isMark(view, last, '%') && view.tokens.kind[last - 1] === TokenKind.number) return { first: last - 1, last }
  if (view.tokens.kind[last] === TokenKind.number && (wordIs(view, last - 1, 'of') || wordIs(view, last - 1, 'in'))) {
    let first = last - 1
    while (first - 1 >= floor && last - first < 5 && (isWord(view, first - 1) || view.tokens.kind[first - 1] === TokenKind.number) && !hasClass(view, first - 1, WordClass.subjectBreaker)) first--
    return { first, last }
  }
  // `many of whom say`: the antecedent's share speaks.
  if ((wordIs(view, last, 'whom') || wordIs(view, last, 'which')) && wordIs(view, last - 1, 'of') && hasClass(view, last - 2, WordClass.sourceNoun)) return { first: last - 2, last }
  if (!isWord(view, last)) return null
  // `the secretary of state said`, `the report said`: a cue word after `of` or a determiner is a noun.
  const nounCue = hasClass(view, last, WordClass.nounLikeCue) && (wordIs(view, last - 1, 'of') || hasClass(view, last - 1, WordClass.determiner))
  if (hasClass(view, last, WordClass.notSubjectEnd | WordClass.subjectBreaker) || (hasClass(view, last, WordClass.speechCue) && !nounCue)) return null
  let first = last
  while (first - 1 >= floor && last - first + 1 < maxSubjectTokens) {
    const previous = first - 1
    // (`State spokesman Mark Toner said`: a capitalized cue word is part of a name, no cue.)
    if (isWord(view, previous) && !hasClass(view, previous, WordClass.subjectBreaker) && !(hasClass(view, previous, WordClass.speechCue) && !isCapitalized(view, previous))) first = previous
    // `About 9 percent said`: a number belongs to the subject when a measure follows it.
    else if (view.tokens.kind[previous] === TokenKind.number && measureWords.has(lowerAt(view, previous + 1)!)) first = previous
    else if (isMark(view, previous, '.') && view.tokens.end[previous - 1] === view.tokens.start[previous] && (view.tokens.end[previous - 1]! - view.tokens.start[previous - 1]! <= 3)) first = previous
    // `an M&S spokesman`, `AT&T`: an ampersand inside a name.
    else if (isMark(view, previous, '&') && view.tokens.end[previous - 1] === view.tokens.start[previous] && view.tokens.end[previous] === view.tokens.start[first]) first = previous
    else {
      // `Edward-Isaac Dovere and Gabriel Debenedetti wrote`: two names joined by `and` speak together.
      const partner = wordIs(view, previous, 'and') && isCapitalized(view, first) ? namesBefore(view, previous, floor) : -1
      if (partner !== -1) first = partner
      break
    }
  }
  // A subject starts the clause: at the sentence start, after a comma or after a breaker word.
  const before = first - 1
  if (before >= floor && !(isMark(view, before, ',') || isMark(view, before, ':') || isMark(view, before, ';') || isMark(view, before, '—') || view.tokens.kind[before] === TokenKind.quote || hasClass(view, before, WordClass.subjectBreaker))) {
    if (last - first + 1 >= maxSubjectTokens) return null
  }
  // `Current and former officials who spoke with The Huffington Post said`: the relative clause's antecedent speaks.
  if (!plain && wordIs(view, first - 1, 'who') && first - 2 >= floor && isWord(view, first - 2)) {
    // The source is the antecedent alone: names inside the clause (`The Huffington Post`) are not the speaker.
    const antecedent = subjectBefore(view, first - 1, floor, true)
    if (antecedent !== null) return antecedent
  }
  while (first < last && hasClass(view, first, WordClass.leadingNonSubject)) first++
  const head = lowerAt(view, last)!
  let capitalized = false
  for (let token = first; token <= last; token++) if (isCapitalized(view, token) && !(token === first && hasClass(view, token, WordClass.leadingNonSubject))) capitalized = true
  const valid =
    hasClass(view, last, WordClass.personPronoun) ||
    head === 'it' ||
    capitalized ||
    hasDeterminer(view, first, last) ||
    hasClass(view, last, WordClass.sourceNoun) ||
    (head.endsWith('s') && last - first < 3)
  return valid ? { first, last } : null
}

/**
 * Where the name that ends just before `and` starts, when that name opens
 * its clause (at `floor`, after a comma, a colon or a quotation mark): -1
 * otherwise, so that `Trump won Ohio and Clinton said` keeps `Clinton` alone.
 */
function namesBefore(view: ParagraphView, and: number, floor: number): number {
  let first = and
  while (first - 1 >= floor && and - first < maxSubjectTokens && (isCapitalized(view, first - 1) || (isMark(view, first - 1, '.') && isCapitalized(view, first - 2)))) first--
  if (first === and || !isCapitalized(view, first)) return -1
  // `… including Jungle Fever, Do The Right Thing and Malcolm X`: a title of a work, not a name.
  for (let token = first; token < and; token++) if (hasClass(view, token, WordClass.capitalizedStopword | WordClass.determiner)) return -1
  const before = first - 1
  return before < floor || isMark(view, before, ',') || isMark(view, before, ':') || view.tokens.kind[before] === TokenKind.quote ? first : -1
}

function hasDeterminer(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token < last; token++) if (hasClass(view, token, WordClass.determiner) || lowerAt(view, token)!.endsWith("'s") || lowerAt(view, token)!.endsWith('’s')) return true
  return false
}

/** Whether a capitalized word comes before `to` after only lower-case words that open no clause (`former secretary of state Hillary Clinton`). */
function nameWithin(view: ParagraphView, from: number, to: number): boolean {
  for (let token = from; token < to && isWord(view, token); token++) {
    if (isCapitalized(view, token)) return true
    if (hasClass(view, token, WordClass.finiteVerb | WordClass.personPronoun | WordClass.subjectBreaker)) return false
  }
  return false
}

/** A noun phrase that starts at `first` and runs to `limit` (exclusive) or the first comma: `the official`, `Putin`. */
function phraseAfter(view: ParagraphView, first: number, limit: number): { first: number; last: number } | null {
  let last = first
  if (!isWord(view, first) && view.tokens.kind[first] !== TokenKind.number) return null
  const opener = lowerAt(view, first)!
  // `resident Mayra Gonzalez`: a lower-case title word is fine before a name.
  const namedSoon = nameWithin(view, first + 1, Math.min(limit, first + 5))
  if (!(isCapitalized(view, first) || hasClass(view, first, WordClass.determiner | WordClass.personPronoun | WordClass.sourceNoun) || opener === 'it' || opener.endsWith('s') || namedSoon)) return null
  while (last + 1 < limit && last - first < maxSubjectTokens + 3) {
    const next = last + 1
    const joiner = isMark(view, next, '.') || isMark(view, next, '/') || isMark(view, next, '&') || isMark(view, next, '-')
    if (isWord(view, next) || view.tokens.kind[next] === TokenKind.number || (joiner && next + 1 < limit)) last++
    else break
  }
  return { first, last }
}

/**
 * The source after `according to`, to `limit` (exclusive) or the first
 * comma: any noun phrase of up to 20 tokens, named or not (`state corporate
 * records`, `the most recent data available from the FBI`).
 */
function accordingToSource(view: ParagraphView, first: number, limit: number): { first: number; last: number } | null {
  if (!isWord(view, first) && view.tokens.kind[first] !== TokenKind.number) return null
  let last = first
  while (last + 1 < limit && last - first < maxSourceTokens && !isMark(view, last + 1, ',') && !isSentenceEnd(view, last + 1) && view.tokens.kind[last + 1] !== TokenKind.quote) last++
  return last + 1 === limit || isMark(view, last + 1, ',') || isSentenceEnd(view, last + 1) ? { first, last } : null
}

/**
 * A trailing attribution from token `from` to `end` (exclusive):
 * `Putin noted`, `he said on Tuesday`, `said Putin`, `said the official`,
 * `according to China's Foreign Ministry`.
 */
function attributionAt(view: ParagraphView, from: number, end: number): Attribution | null {
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
      if (!isWord(view, cue) && !isMark(view, cue, ',') && view.tokens.kind[cue] !== TokenKind.number && !appositiveMarks.has(lowerAt(view, cue)!)) return null
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
    if (cue + 1 < end && !isDash(view, cue + 1)) {
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

function isDash(view: ParagraphView, token: number): boolean {
  return isMark(view, token, '-') || isMark(view, token, '—') || isMark(view, token, '–')
}

/** `said sarcastically`, `said quietly`: an adverb of manner after the cue is part of the attribution. */
function isMannerAdverb(view: ParagraphView, token: number): boolean {
  if (!isWord(view, token) || isCapitalized(view, token)) return false
  const word = lowerAt(view, token)!
  return word.length > 4 && word.endsWith('ly')
}

/**
 * Whether a few words after a cue are an adverbial, not a clause (`said
 * onstage Tuesday night`, but not `said the plan was dead`): no verb, no
 * pronoun, no determiner, no `that`.
 */
function shortTail(view: ParagraphView, from: number, end: number): boolean {
  if (end - from > maxShortTail) return false
  for (let token = from; token < end; token++) {
    if (!isWord(view, token) && view.tokens.kind[token] !== TokenKind.number) return false
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
function clauseAfterTail(view: ParagraphView, start: number, stop: number): number {
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
function opensWithPhrase(view: ParagraphView, first: number, comma: number): boolean {
  // (`If the vote fails again, he said, …` opens with a clause of the content.)
  if (!hasClass(view, first, WordClass.clauseOpener | WordClass.leadingNonSubject) || hasClass(view, first, WordClass.subordinator)) return false
  for (let token = first + 1; token < comma; token++) if (isMark(view, token, ',') || hasClass(view, token, WordClass.finiteVerb)) return false
  return true
}

/** Whether a clause stands between two tokens (inclusive): a finite verb or `that`. */
function hasClause(view: ParagraphView, from: number, to: number): boolean {
  for (let token = from; token <= to; token++) if (hasClass(view, token, WordClass.finiteVerb) || wordIs(view, token, 'that')) return true
  return false
}

/** Whether `not`, `never` or `n't` stands among the auxiliaries right before the cue (`did not reply`, `has never said`). */
function isNegated(view: ParagraphView, cue: number, floor: number): boolean {
  for (let token = cue - 1; token >= floor && hasClass(view, token, WordClass.cueAuxiliary); token--) {
    if (wordIs(view, token, 'not') || wordIs(view, token, 'never')) return true
  }
  const before = lowerAt(view, cue - 1) ?? ''
  return before.endsWith("n't") || before.endsWith('n’t')
}

/** The noun phrase a relative `who` stands for: `Sanders, who`, `an architect who`. */
function antecedentOf(view: ParagraphView, who: number): { first: number; last: number } | null {
  const floor = sentenceStart(view, who)
  const end = isMark(view, who - 1, ',') ? who - 1 : who
  return end > floor ? subjectBefore(view, end, floor, true) : null
}

function firstNonLead(view: ParagraphView, from: number, first: number): number {
  let token = from
  while (token < first && hasClass(view, token, WordClass.leadingNonSubject)) token++
  return token
}

/** Where a clause ends: the sentence end, or the token before trailing closing marks. */
function contentEnd(view: ParagraphView, last: number): number {
  let end = last
  while (end > 0 && (isSentenceEnd(view, end) || view.tokens.kind[end] === TokenKind.quote || isMark(view, end, ')'))) {
    // `… in the U.S.`: the period of an abbreviation stays with it.
    if (isMark(view, end, '.') && isInitial(view, end - 1)) break
    end--
  }
  return end
}

/** Whether the token is one capital letter with a period right after it (`S` of `U.S.`). */
function isInitial(view: ParagraphView, token: number): boolean {
  const start = view.tokens.start[token]!
  return isCapitalized(view, token) && view.tokens.end[token] === start + 1 && view.tokens.start[token + 1] === start + 1
}

function kindOf(view: ParagraphView, first: number, last: number): StatementKind {
  for (let token = first; token <= last; token++) if (view.tokens.kind[token] === TokenKind.quote) return 'mixed'
  return 'indirect'
}

/**
 * Find the statements of one paragraph: quotations with their attribution
 * (before, after, or carried on from the previous quotation), reported
 * speech led by a cue (`He said that …`, `Putin reiterated …, according to
 * …`), and reported speech with a trailing attribution (`…, said Putin.`,
 * `…, according to Putin.`).
 *
 * @example
 * findStatements(viewParagraph(text, 0, span)).map((draft) => draft.kind)
 * //=> ['indirect']
 */
export function findStatements(view: ParagraphView, options: StatementOptions = { spanParagraph: false }): StatementDraft[] {
  const drafts: StatementDraft[] = []
  const count = view.tokens.count
  // Every rule needs a quotation mark, a cue word or `according`: most paragraphs of news have none.
  if ((view.classesPresent & attributionClasses) === 0 && (view.kindsPresent & (1 << TokenKind.quote)) === 0) return drafts
  const quoted = allocateUint8(count)
  const claimed = allocateUint8(count)
  const quotations = (view.kindsPresent & (1 << TokenKind.quote)) === 0 ? [] : findQuotations(view)
  for (const quotation of quotations) for (let token = quotation.open; token <= quotation.close; token++) quoted[token] = 1

  // Direct quotations.
  let previous: StatementDraft | null = null
  let previousAttributionLast = -1
  for (const quotation of quotations) {
    if (quotation.words === 0) continue
    const after = quotation.words >= 3 || isMark(view, quotation.close - 1, ',') ? attributionAfterQuote(view, quotation) : null
    const before = after === null ? attributionBeforeQuote(view, quotation) : null
    const attribution = after ?? before
    const content = span(view, quotation.open, quotation.close)
    const quotedSentence = isWholeSentence(view, quotation)
    // `"A," she said, "B."` and `"A," she said, pointing at X, "B."`: one statement split around its attribution.
    const resumesPrevious =
      previous !== null &&
      previousAttributionLast >= 0 &&
      isMark(view, quotation.open - 1, ',') &&
      quotation.open - previousAttributionLast <= 12 &&
      !cueBetween(view, previousAttributionLast + 1, quotation.open) &&
      (attribution === null ? !quotedSentence : before !== null && previous.cue !== null && before.cue.start === previous.cue.start)
    if (previous !== null && ((attribution === null && quotedSentence) || resumesPrevious)) {
      // `"A," she said. "B."`: a quotation with no source of its own goes on the one before,
      // unless what stands between them (a long attribution) would outweigh the two quotations.
      const quoted = previous.content.end - previous.content.start + (content.end - content.start)
      if (quoted >= 0.5 * (content.end - previous.content.start)) {
        previous.content = { start: previous.content.start, end: content.end }
        for (let token = quotation.open; token <= quotation.close; token++) claimed[token] = 1
        continue
      }
    }
    if (attribution === null && (quotation.words < 4 || !quotedSentence)) continue
    // `Trump's remarks were "the textbook definition of a racist comment," Mr. Ryan said.`: the source
    // of a quotation closed mid-sentence speaks for the whole sentence, in part quoted.
    const lead = after !== null ? mixedLead(view, quotation, quoted, claimed) : -1
    const draft: StatementDraft =
      lead === -1
        ? { kind: 'direct', paragraph: view.index, content, cue: attribution?.cue ?? null, speaker: attribution?.speaker ?? null, via: null }
        : { kind: 'mixed', paragraph: view.index, content: span(view, lead, quotation.close), cue: attribution!.cue, speaker: attribution!.speaker, via: null }
    for (let token = lead; token >= 0 && token < quotation.open; token++) claimed[token] = 1
    drafts.push(draft)
    for (let token = quotation.open; token <= quotation.close; token++) claimed[token] = 1
    if (attribution) for (let token = attribution.first; token <= attribution.last; token++) claimed[token] = 1
    previous = draft
    previousAttributionLast = after?.last ?? -1
  }

  // Reported speech, sentence by sentence.
  view.sentences.forEach(([first, last], sentence) => {
    if (claimed[first] === 1 && claimed[contentEnd(view, last)] === 1) return
    // Both rules need a cue or `according` in the sentence: most sentences have neither.
    if (!sentenceHas(view, sentence, attributionClasses)) return
    const leading = leadingStatements(view, first, last, quoted, claimed)
    if (leading.length > 0) {
      drafts.push(...leading)
      return
    }
    const trailing = trailingStatement(view, first, last, quoted, claimed)
    if (trailing) {
      // When only the last sentence carries the cue, it speaks for the sentences before it too.
      if (options.spanParagraph && sentence === view.sentences.length - 1 && sentence > 0 && trailing.cue !== null) {
        const start = view.sentences[0]![0]
        let free = true
        for (let token = start; token < first; token++) if (claimed[token] === 1 || quoted[token] === 1 || isCue(view, token)) free = false
        if (free && !drafts.some((draft) => draft.paragraph === view.index)) trailing.content = { start: view.tokens.start[start]!, end: trailing.content.end }
      }
      drafts.push(trailing)
    }
  })
  // `Asked whether he would run, Reid said …`: the question is a statement of an unnamed asker.
  for (let token = (view.classesPresent & WordClass.speechCue) === 0 ? count : 0; token + 2 < count; token++) {
    if (!hasClass(view, token, WordClass.speechCue) || !wordIs(view, token, 'asked') || quoted[token] === 1 || claimed[token] === 1) continue
    const opensSentence = token === sentenceStart(view, token) || wordIs(view, token - 1, 'when') || wordIs(view, token - 1, 'and')
    if (!opensSentence) continue
    let question = token + 1
    while (question < count && question - token <= 6 && !hasClass(view, question, WordClass.questionWord) && !isMark(view, question, ',') && !isSentenceEnd(view, question)) question++
    if (!hasClass(view, question, WordClass.questionWord)) continue
    let last = question
    while (last + 1 < count && !isMark(view, last + 1, ',') && !isSentenceEnd(view, last + 1)) last++
    if (last - question < 1) continue
    drafts.push({ kind: kindOf(view, question, last), paragraph: view.index, content: span(view, question, last), cue: span(view, token, token), speaker: null, via: null })
    token = last
  }
  return drafts.sort((left, right) => left.content.start - right.content.start)
}

/**
 * Find the statements of every paragraph (`findStatements`), and give a
 * quotation that opens a paragraph with no source of its own the
 * attribution that ended the paragraph before with a colon (`Cruz
 * continued:` then the quoted paragraph).
 *
 * @example
 * findArticleStatements(views).map((draft) => draft.cue)
 */
export function findArticleStatements(views: readonly ParagraphView[], options: StatementOptions = { spanParagraph: false }): StatementDraft[] {
  const drafts: StatementDraft[] = []
  let introduction: Attribution | null = null
  for (const view of views) {
    const found = findStatements(view, options)
    const opening = found[0]
    if (introduction !== null && opening !== undefined && opening.kind === 'direct' && opening.cue === null && opening.speaker === null && opening.content.start === view.tokens.start[0]) {
      opening.cue = introduction.cue
      opening.speaker = introduction.speaker
    }
    drafts.push(...found)
    const last = view.tokens.count - 1
    introduction = last > 0 && isMark(view, last, ':') && (view.kindsPresent & (1 << TokenKind.quote)) === 0 ? attributionEndingAt(view, last) : null
  }
  return drafts
}

/**
 * The first token of the words that open the quotation's sentence before
 * it, when they are the writer's own paraphrase (no cue, no other
 * quotation, nothing claimed); -1 when the quotation opens its sentence.
 */
function mixedLead(view: ParagraphView, quotation: Quotation, quoted: Uint8Array, claimed: Uint8Array): number {
  const first = sentenceStart(view, quotation.open)
  if (first >= quotation.open || quotation.open - first < 3) return -1
  // Backwards from the quotation, so that a scan stops at the quotation before it: linear in the paragraph.
  for (let token = quotation.open - 1; token >= first; token--) {
    if (quoted[token] === 1 || claimed[token] === 1 || isCue(view, token) || isAccordingTo(view, token) || isMark(view, token, ':') || isDash(view, token)) return -1
  }
  return first
}

/**
 * The speaker phrases of statement drafts, start to end, for the entity
 * stage to know which lone capitalized words speak (`DuVernay said`).
 *
 * @example
 * speakerSpans(findArticleStatements(views)).get(view.tokens.start[0])
 */
export function speakerSpans(drafts: readonly StatementDraft[]): Map<number, number> {
  const spans = new Map<number, number>()
  for (const draft of drafts) if (draft.speaker !== null) spans.set(draft.speaker.start, draft.speaker.end)
  return spans
}

/** Whether a speech cue stands between two tokens (`, adding of Mr. Trump, "…"` has its own). */
function cueBetween(view: ParagraphView, from: number, to: number): boolean {
  for (let token = from; token < to; token++) if (isCue(view, token)) return true
  return false
}

function isWholeSentence(view: ParagraphView, quotation: Quotation): boolean {
  const opensSentence = quotation.open === 0 || isSentenceEnd(view, quotation.open - 1) || isMark(view, quotation.open - 1, ':')
  return opensSentence
}

function attributionAfterQuote(view: ParagraphView, quotation: Quotation): Attribution | null {
  if (quotation.open_ended) return null
  let from = quotation.close + 1
  if (isMark(view, from, ',')) from++
  const clauseEnd = (start: number): number => {
    let end = start
    while (end < view.tokens.count && !isSentenceEnd(view, end) && !isMark(view, end, ',') && view.tokens.kind[end] !== TokenKind.quote) end++
    return end
  }
  const end = clauseEnd(from)
  const plain = attributionAt(view, from, end)
  if (plain !== null || !isMark(view, end, ',')) return plain
  // `"…," Jeff Weaver, Sanders' campaign manager, said in a statement.`: a name, an appositive, the cue.
  const appositiveEnd = clauseEnd(end + 1)
  if (!isMark(view, appositiveEnd, ',') || appositiveEnd - end > maxAppositiveTokens) return null
  return attributionAt(view, from, clauseEnd(appositiveEnd + 1))
}

function attributionBeforeQuote(view: ParagraphView, quotation: Quotation): Attribution | null {
  // A quotation that does not end its sentence is part of reported speech (`said "it gets me mad" every time`).
  if (!quotation.open_ended) {
    const next = quotation.close + 1
    if (next < view.tokens.count && !isSentenceEnd(view, next) && !isMark(view, next, ',') && view.tokens.kind[next] !== TokenKind.quote) {
      const closesSentence = isSentenceEnd(view, quotation.close - 1)
      if (!closesSentence) return null
    }
  }
  return attributionEndingAt(view, quotation.open - 1)
}

/**
 * The attribution that ends at token `end`, or at the `:` or `,` there,
 * before what it introduces: `X said:`, `X told reporters,`, `Then she
 * added warily:`, `Chief Williams …, saying,`.
 */
function attributionEndingAt(view: ParagraphView, end: number): Attribution | null {
  let cue = end
  if (isMark(view, cue, ':') || isMark(view, cue, ',')) cue--
  if (cue < 0) return null
  // `X told reporters: "…"`, `X wrote in an email: "…"`: a short object or tail after the cue.
  let found = cue
  while (found > 0 && found > cue - 5 && !isCue(view, found) && isWord(view, found)) found--
  if (!isCue(view, found)) return null
  if (found !== cue && !hasClass(view, found, WordClass.cueWithObject) && !hasClass(view, found + 1, WordClass.tailOpener) && !isMannerAdverb(view, found + 1)) return null
  const participial = found === cue ? participialSubject(view, found) : null
  const subject = subjectBefore(view, found, sentenceStart(view, found)) ?? participial
  if (subject === null) return null
  // `Chief Williams lobbied to suspend open-carry rights, saying, "…"`: only the cue is the attribution.
  if (subject === participial) return { cue: span(view, found, found), speaker: span(view, subject.first, subject.last), first: found, last: cue }
  return { cue: span(view, found, found), speaker: span(view, subject.first, subject.last), first: subject.first, last: cue }
}

function sentenceStart(view: ParagraphView, token: number): number {
  return view.sentences[view.sentenceOf[token]!]![0]
}

/** A cue with its subject inside a sentence: where reported speech starts. */
interface Lead {
  cue: number
  subject: { first: number; last: number }
  belief: boolean
  /** The `and`/`but` that joins this cue to the sentence's subject (`Trump said … and warned …`), or null. */
  joint: number | null
}

function leadAt(view: ParagraphView, cue: number, first: number, quoted: Uint8Array, claimed: Uint8Array): Lead | null {
  if (quoted[cue] === 1 || claimed[cue] === 1 || !isWord(view, cue)) return null
  const speech = isCue(view, cue)
  const belief = !speech && hasClass(view, cue, WordClass.beliefCue) && !isCapitalized(view, cue)
  if (!speech && !belief) return null
  const next = lowerAt(view, cue + 1)
  // `Trump went on to say …`: the subject stands before `went on to`.
  const wentOn = wordIs(view, cue - 1, 'to') && wordIs(view, cue - 2, 'on') && goForms.has(lowerAt(view, cue - 3) ?? '') ? cue - 3 : cue
  if ((wentOn === cue && wordIs(view, cue - 1, 'to')) || next === 'by') return null
  if (hasClass(view, cue, WordClass.quoteCue) && !quoteWithin(view, cue, 4)) return null
  // `a show called "Brokers"`, `the loophole called an "inversion"`: naming, not speech.
  if (hasClass(view, cue, WordClass.quoteCue) && (isQuoteAt(view, cue + 1) || ((next === 'a' || next === 'an') && isQuoteAt(view, cue + 2)))) return null
  // `Farook's name was announced on a police scanner`, `he was told that …`: a passive cue is no statement of its subject.
  if (isPassive(view, cue)) return null
  if (next === 'to' && !hasClass(view, cue, WordClass.infinitiveCue)) return null
  // `It's worth noting that …`: the writer's aside.
  if (wordIs(view, cue - 1, 'worth')) return null
  // `who asked not to be named`: anonymity, not a statement.
  if (next === 'not' && wordIs(view, cue + 2, 'to')) return null
  // `…, saying …`: a participle after a comma speaks for the sentence's subject.
  const participial = participialSubject(view, wentOn)
  let subject = participial ?? subjectBefore(view, wentOn, first)
  // `…, but says that …`: the sentence's subject speaks again.
  let joint = cue - 1
  while (joint > first && hasClass(view, joint, WordClass.cueAuxiliary)) joint--
  let shared: number | null = participial === null ? null : cue - 1
  // (`the dollar and fears that …`: a plural noun after `and` joins a noun phrase.)
  if (subject === null && (wordIs(view, joint, 'but') || (wordIs(view, joint, 'and') && !pluralNounCues.has(lowerAt(view, cue)!))) && joint > first) {
    subject = sentenceSubject(view, sentenceStart(view, cue), joint)
    shared = joint
  }
  if (subject === null) return null
  // `…, he said, …` is an interruption: the trailing rule reads the whole sentence
  // (but `In a brief interview on Wednesday, Mr. Sloan said, "…"` opens with a phrase, not content).
  if (isMark(view, subject.first - 1, ',') && isMark(view, cue + 1, ',') && subject.first - 1 > first && !opensWithPhrase(view, first, subject.first - 1)) return null
  return { cue, subject, belief, joint: shared }
}

/**
 * The subject of a participial cue after a comma: in `Kasich bemoaned
 * America's reputation, saying that …`, the sentence's subject speaks.
 */
function participialSubject(view: ParagraphView, cue: number): { first: number; last: number } | null {
  // (`… happening,'' adding, ''…''`: the comma may stand inside the quotation that closes before the participle.)
  const afterComma = isMark(view, cue - 1, ',') || (view.tokens.kind[cue - 1] === TokenKind.quote && isMark(view, cue - 2, ','))
  if (!lowerAt(view, cue)!.endsWith('ing') || !afterComma) return null
  const start = sentenceStart(view, cue)
  // `"…," Clark said in an interview, noting …` and `…, said Rep. Scott at the time, adding …`:
  // the source of the cue before speaks on.
  for (let before = cue - 2; before > start && before >= cue - 10; before--) {
    if (view.tokens.kind[before] === TokenKind.quote) break
    if (!isCue(view, before)) continue
    return subjectBefore(view, before, start) ?? phraseAfter(view, before + 1, cue - 1)
  }
  return cue - 1 > start ? sentenceSubject(view, start, cue - 1) : null
}

function isQuoteAt(view: ParagraphView, token: number): boolean {
  return token >= 0 && token < view.tokens.count && view.tokens.kind[token] === TokenKind.quote
}

/** Whether the cue is a participle after a form of `be`, adverbs allowed between (`was also told`). */
function isPassive(view: ParagraphView, cue: number): boolean {
  const word = lowerAt(view, cue)!
  if (!word.endsWith('ed') && !irregularParticiples.has(word)) return false
  let before = cue - 1
  while (before >= 0 && isWord(view, before) && hasClass(view, before, WordClass.cueAuxiliary) && !beForms.has(lowerAt(view, before)!)) before--
  return before >= 0 && beForms.has(lowerAt(view, before) ?? '')
}

function quoteWithin(view: ParagraphView, token: number, distance: number): boolean {
  for (let next = token + 1; next <= token + distance && next < view.tokens.count; next++) if (view.tokens.kind[next] === TokenKind.quote) return true
  return false
}

function sentenceSubject(view: ParagraphView, first: number, limit: number): { first: number; last: number } | null {
  let token = first
  // `In an interview on Friday, Trump …`, `And Trump …`: an opening phrase or conjunction comes before the subject.
  // … and `Appearing before supporters, Suu Kyi …`: a participle opens such a phrase too.
  if (hasClass(view, token, WordClass.clauseOpener) || (lowerAt(view, token)!.endsWith('ing') && isCapitalized(view, token))) {
    let comma = token + 1
    while (comma < limit && comma - token <= 10 && !isMark(view, comma, ',')) comma++
    if (isMark(view, comma, ',') && comma < limit) token = comma + 1
  }
  while (token < limit && (hasClass(view, token, WordClass.leadingNonSubject) || hasClass(view, token, WordClass.sentenceConjunction))) token++
  if (token >= limit) return null
  if (hasClass(view, token, WordClass.personPronoun) || wordIs(view, token, 'it')) return { first: token, last: token }
  // `The chief lobbied …`, `The New York businessman has praised …`: a determiner, names, then the head noun.
  if (hasClass(view, token, WordClass.determiner)) {
    let last = token + 1
    // `a defiant Donald Trump`: an adjective before the name.
    if (!isCapitalized(view, last) && isCapitalized(view, last + 1) && last + 1 < limit) last++
    while (last + 1 < limit && last - token < 4 && isCapitalized(view, last)) last++
    return last < limit && isWord(view, last) ? { first: token, last } : null
  }
  let last = token
  while (last + 1 < limit && last - token < 6 && (isCapitalized(view, last + 1) || isMark(view, last + 1, '.'))) last++
  return isCapitalized(view, token) ? { first: token, last } : null
}

/** Whether `subject` opens the content of the cue at `cue`: right after it, or after a short object and `that` (`told reporters that he …`). */
function opensContent(view: ParagraphView, cue: number, subject: number): boolean {
  if (subject <= cue + 2) return true
  if (subject > cue + 5 || !wordIs(view, subject - 1, 'that')) return false
  for (let token = cue + 1; token < subject; token++) if (!isWord(view, token)) return false
  return true
}

function leadingStatements(view: ParagraphView, first: number, last: number, quoted: Uint8Array, claimed: Uint8Array): StatementDraft[] {
  const end = contentEnd(view, last)
  const leads: Lead[] = []
  for (let cue = first + 1; cue < end; cue++) {
    // Most words are no cue: one look-up before the full check.
    if (!hasClass(view, cue, WordClass.speechCue | WordClass.beliefCue)) continue
    const previous = leads.at(-1)
    const lead = leadAt(view, cue, previous === undefined ? first : previous.cue + 1, quoted, claimed)
    // `Acme said it expects …`: a cue whose subject opens the previous cue's content is part of that content
    // (but `Trump said … and warned …` is a second statement of the same subject).
    if (lead && previous && lead.joint === null && opensContent(view, previous.cue, lead.subject.first)) continue
    // `Shaw said that's what he would expect`: a belief inside reported speech is part of it.
    if (lead && previous && lead.belief && !previous.belief && lead.joint === null) continue
    if (lead) leads.push(lead)
  }
  const drafts: StatementDraft[] = []
  leads.forEach((lead, index) => {
    // Content runs to the next lead's subject, or to the end of the sentence.
    let stop = end
    const following = leads[index + 1]
    if (following) {
      stop = (following.joint ?? following.subject.first) - 1
      while (stop > lead.cue && (isMark(view, stop, ',') || isMark(view, stop, ';') || wordIs(view, stop, 'but') || wordIs(view, stop, 'and') || wordIs(view, stop, 'while'))) stop--
    }
    let start = lead.cue + 1
    let sawThat = false
    // `said in a statement that`, `told reporters that`, `said on Tuesday that`.
    for (let scan = start; scan < Math.min(stop, lead.cue + maxTailBeforeThat + 1); scan++) {
      // `said that is what …`: `that` before a verb is the content's subject, not its conjunction.
      if (wordIs(view, scan, 'that') && !hasClass(view, scan + 1, WordClass.finiteVerb) && (scan === start || hasClass(view, lead.cue, WordClass.cueWithObject | WordClass.cueWithListener) || hasClass(view, start, WordClass.tailOpener))) {
        start = scan + 1
        sawThat = true
        break
      }
      if (!isWord(view, scan)) break
    }
    if (!sawThat) {
      if (lead.belief) return
      // `said on Sunday it had no evidence`: a tail before a clause with no `that` is the attribution's.
      if (hasClass(view, start, WordClass.tailOpener) && !wordIs(view, start, 'to')) {
        const subject = clauseAfterTail(view, start, stop)
        if (subject !== -1) start = subject
      }
      if (hasClass(view, lead.cue, WordClass.cueWithListener) && !wordIs(view, start, 'to')) {
        // `told reporters the plan was dead`: leave a short object out of the content
        // (`…, the campaign told USA TODAY.`: a listener alone is no content).
        // (`told her he was …`: before a clause, `her` is the listener; in `told her family …` a determiner.)
        const listenerPronoun = listenerNouns.has(lowerAt(view, start)!) && (subjectPronouns.has(lowerAt(view, start + 1) ?? '') || wordIs(view, start + 1, 'that') || view.tokens.kind[start + 1] === TokenKind.quote)
        const opened = hasClass(view, start, WordClass.determiner) && !listenerPronoun ? start + 1 : start
        let skip = opened
        while (skip <= stop && skip < opened + 3 && isWord(view, skip) && (isCapitalized(view, skip) || listenerNouns.has(lowerAt(view, skip)!))) skip++
        if (skip > stop) return
        // `told the BBC Michael Howard has …`: the words before a verb are its subject, from the given name on.
        if (skip > opened && hasClass(view, skip, WordClass.finiteVerb)) {
          let name = skip - 1
          while (name > opened && !hasClass(view, name, WordClass.givenName)) name--
          skip = hasClass(view, name, WordClass.givenName) ? name : skip - 1
        }
        if (skip > opened) start = skip
      }
      // `…, Cruz, Wilkin said during his campaign speech.`: after a clause and a comma, a cue's tail with no clause
      // in it is no content (but `However, an M&S spokesman said on Sunday it had no evidence` has one).
      // (`CNN reported at least six planes …` opens with no phrase: `at least` is no tail.)
      const phraseAfterOpener = hasClass(view, start + 1, WordClass.determiner) || isCapitalized(view, start + 1) || view.tokens.kind[start + 1] === TokenKind.number
      if (hasClass(view, start, WordClass.tailOpener) && phraseAfterOpener && isMark(view, lead.subject.first - 1, ',') && lead.subject.first - 1 > first && !hasClause(view, start, stop)) return
      if (isMark(view, start, ':') || isMark(view, start, ',')) start++
      else if (!isWord(view, start) && view.tokens.kind[start] !== TokenKind.quote && view.tokens.kind[start] !== TokenKind.number) return
    }
    if (start > stop) return
    // `The ferry line will add a night crossing`: `add` reports a clause or a quotation, not an object.
    if (!sawThat && clauseOnlyCues.has(lowerAt(view, lead.cue)!) && view.tokens.kind[start] !== TokenKind.quote && !hasClause(view, start, stop)) return
    // `Sanders, who had said he would debate, criticized …`: reported speech in a relative clause ends with the clause.
    if (wordIs(view, lead.subject.first, 'who') && lead.subject.first === lead.subject.last && isMark(view, lead.subject.first - 1, ',')) {
      for (let token = start + 1; token < stop; token++) {
        if (isMark(view, token, ',') && quoted[token] !== 1) {
          stop = token - 1
          break
        }
      }
    }
    // `Ms. Epstein agreed, and Trump left`: a clause that opens with a conjunction is not what the cue reports.
    if (hasClass(view, start, WordClass.sentenceConjunction)) return
    // `…, "You fit it with other tragedies …"`: a quotation after a comma is a statement of its own.
    for (let token = start + 2; token < stop; token++) {
      if (isMark(view, token, ',') && view.tokens.kind[token + 1] === TokenKind.quote && claimed[token + 1] === 1) {
        stop = token - 1
        // `…,'' adding, ''…''`: the participle that introduces that quotation goes with it.
        if (isCue(view, stop) && lowerAt(view, stop)!.endsWith('ing') && stop - 1 > start) stop--
        break
      }
    }
    // `When Francis said Mr. Trump "is not Christian" …, the pope …`: a cue in an opening clause reports only up to its comma.
    const opening = sentenceStart(view, lead.cue)
    if (hasClass(view, opening, WordClass.subordinator) || (hasClass(view, opening, WordClass.sentenceConjunction) && hasClass(view, opening + 1, WordClass.subordinator))) {
      for (let token = start + 1; token < stop; token++) {
        if (isMark(view, token, ',') && quoted[token] !== 1) {
          stop = token - 1
          break
        }
      }
    }
    // `…, and Emanuel released …`: a clause with a subject of its own after `, and` is the writer's.
    for (let token = start + 1; token < stop - 1; token++) {
      if (isMark(view, token, ',') && (wordIs(view, token + 1, 'and') || wordIs(view, token + 1, 'but')) && (isCapitalized(view, token + 2) || hasClass(view, token + 2, WordClass.personPronoun))) {
        stop = token - 1
        break
      }
      // `… to join, and criticized …` (the subject's next act), `…, while 4 in 10 want …` (the writer's contrast),
      // `…: "It's rattling …"` (a quotation of its own).
      const next = lowerAt(view, token + 1)!
      const coordinated = isMark(view, token, ',') && next === 'and' && /^[a-z]+ed$/.test(lowerAt(view, token + 2) ?? '')
      const contrast = isMark(view, token, ',') && hasClass(view, token + 1, WordClass.contentBreaker)
      const quotation = isMark(view, token, ':') && view.tokens.kind[token + 1] === TokenKind.quote
      if (coordinated || contrast || quotation) {
        stop = token - 1
        break
      }
    }
    // A trailing `, according to X` names who reports it.
    let via: Span | null = null
    for (let comma = stop - 2; comma > start; comma--) {
      if (isMark(view, comma, ',') && isAccordingTo(view, comma + 1)) {
        const phrase = phraseAfter(view, comma + 3, stop + 1)
        if (phrase) {
          via = span(view, phrase.first, phrase.last)
          stop = comma - 1
        }
        break
      }
    }
    // `He said Cruz “has courage … those ideas. He’s not only unafraid …”`: a quotation opened in the content runs to its close.
    if (following === undefined && quoted[stop] === 1 && quoted[stop + 1] === 1) {
      let open = stop
      while (open > start && quoted[open - 1] === 1) open--
      if (open > start || view.tokens.kind[start] === TokenKind.quote) {
        while (stop + 1 < view.tokens.count && quoted[stop + 1] === 1 && !(view.tokens.kind[stop] === TokenKind.quote && stop > open)) stop++
      }
    }
    let words = 0
    for (let token = start; token <= stop; token++) if (isWord(view, token)) words++
    if (words < 2) return
    // `…, the bureau said in a statement.`: a short tail after the cue is no content (the trailing rule reads the sentence).
    // (but `vowed to leave such spending untouched` is an infinitive: the content itself)
    const infinitive = wordIs(view, start, 'to') && hasClass(view, lead.cue, WordClass.infinitiveCue)
    if (!sawThat && !infinitive && hasClass(view, start, WordClass.tailOpener) && words <= 6) return
    const draft: StatementDraft = {
      kind: kindOf(view, start, stop),
      paragraph: view.index,
      content: span(view, start, stop),
      cue: span(view, lead.cue, lead.cue),
      speaker: span(view, lead.subject.first, lead.subject.last),
      via
    }
    const antecedent = wordIs(view, lead.subject.first, 'who') ? antecedentOf(view, lead.subject.first) : null
    if (antecedent !== null) draft.referent = span(view, antecedent.first, antecedent.last)
    drafts.push(draft)
  })
  return drafts
}

const appositiveOpeners = new Set(['the', 'a', 'an', 'who', 'which', 'adding', 'citing', 'according', 'noting', 'referring', 'speaking', 'in', 'at', 'on', 'during', 'after', 'while', 'when', 'as', 'saying', 'his', 'her', 'their', 'its', 'whose', 'now', 'then', 'also'])

/** Whether a finite verb comes within a few words: `the council will try …` is a clause, `the director of Y` is not. */
function clauseFollows(view: ParagraphView, from: number, end: number): boolean {
  if (!hasClass(view, from, WordClass.determiner)) return false
  for (let token = from + 1; token < Math.min(end, from + 6); token++) if (hasClass(view, token, WordClass.finiteVerb)) return true
  return false
}

function appositiveOpener(view: ParagraphView, token: number): boolean {
  // `…, the office said on Tuesday, beating forecasts.`: a participle comments, it does not resume.
  const word = lowerAt(view, token) ?? ''
  return appositiveOpeners.has(word) || (word.endsWith('ing') && isWord(view, token))
}

function trailingStatement(view: ParagraphView, first: number, last: number, quoted: Uint8Array, claimed: Uint8Array): StatementDraft | null {
  const end = contentEnd(view, last) + 1
  // `According to X, content.` (also `But according to X, …`)
  const according = hasClass(view, first, WordClass.sentenceConjunction) && isAccordingTo(view, first + 1) ? first + 1 : first
  if (isAccordingTo(view, according)) {
    let comma = according + 2
    while (comma < end && !isMark(view, comma, ',')) comma++
    if (comma > according + 2 && comma < end - 2 && comma - according <= maxSourceTokens + 2) {
      return { kind: kindOf(view, comma + 1, end - 1), paragraph: view.index, content: span(view, comma + 1, end - 1), cue: span(view, according, according + 1), speaker: span(view, according + 2, comma - 1), via: null }
    }
  }
  // `content, X said[, content].`: the attribution sits between two commas or at the end.
  for (let comma = first + 1; comma < end; comma++) {
    // `…, according to X.` and `… — according to X.`
    const dash = (isMark(view, comma, '—') || isMark(view, comma, '–')) && isAccordingTo(view, comma + 1)
    if ((!isMark(view, comma, ',') && !dash) || quoted[comma] === 1 || claimed[comma] === 1) continue
    let next = comma + 1
    while (next < end && !isMark(view, next, ',')) next++
    const attribution = attributionAt(view, comma + 1, next)
    if (attribution === null) continue
    // (`…, according to the F.A.A.`: the sentence's period after an initial stays outside the source.)
    if (attribution.last !== next - 1 && !(attribution.last === next - 2 && isMark(view, next - 1, '.'))) continue
    // `Asked if …, he said, "If there is a need …"`: the attribution introduces the quotation after it.
    if (next < end - 1 && claimed[next + 1] === 1) continue
    // `…, said X, the director of Y.` and `…, X said, adding …`: the content is what came before;
    // `Those who vote, he said, must register.`: the content goes on after the attribution.
    const inverted = isCue(view, comma + 1) || isAccordingTo(view, comma + 1)
    const resumes = next < end - 1 && !inverted && (!appositiveOpener(view, next + 1) || clauseFollows(view, next + 1, end))
    const contentLast = resumes ? end - 1 : comma - 1
    if (contentLast - first < 2) continue
    return {
      kind: kindOf(view, first, contentLast),
      paragraph: view.index,
      content: span(view, first, contentLast),
      cue: attribution.cue,
      speaker: attribution.speaker,
      via: null
    }
  }
  return null
}
