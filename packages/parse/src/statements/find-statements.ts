import type { Span } from '@newsdoc/core'
import { isWhitespaceCode } from '@newsdoc/core/helpers'
import { WordClass } from '../lexicon/word-classes.js'
import { auxiliariesBeforeBe, emptySubjectVerbs } from '../lexicon/pronouns.js'
import { TokenKind } from '../text/tokens.js'
import type { ParagraphView } from './paragraph-view.js'
import { hasClass, isCapitalized, isMark, isSentenceEnd, sentenceFirst, sentenceHas, sentenceLast, sentenceOf, tokenStart, wordIs } from './paragraph-view.js'
import type { Quotation } from './quotes.js'
import { findQuotations } from './quotes.js'
import { attributionClasses, contentEnd, isAccordingTo, isCue, isDash, isWord, kindOf, sentenceStart, span } from './cue-words.js'
import { phraseAfter } from './subjects.js'
import type { Attribution } from './attributions.js'
import { attributionAfterQuote, attributionBeforeQuote, attributionEndingAt } from './attributions.js'
import { leadingStatements } from './leading-statements.js'
import { trailingStatement } from './trailing-statements.js'
import type { StatementDraft, StatementOptions } from './statement-draft.js'

// Which tokens are inside a quotation (`quoted`) and which a statement has
// taken (`claimed`), by token: one pair of arrays reused from paragraph to
// paragraph (`findStatements` does not nest), cleared up to the longest
// paragraph marked before, so every token past this paragraph's reads 0.
let quotedMarks = new Uint8Array(1024)
let claimedMarks = new Uint8Array(1024)
let markedLength = 0

function clearMarks(count: number): void {
  if (count > quotedMarks.length) {
    const length = Math.max(count, 2 * quotedMarks.length)
    quotedMarks = new Uint8Array(length)
    claimedMarks = new Uint8Array(length)
    markedLength = 0
  }
  quotedMarks.fill(0, 0, Math.max(count, markedLength))
  claimedMarks.fill(0, 0, Math.max(count, markedLength))
  markedLength = count
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
  const count = view.tokenCount
  // Every rule needs a quotation mark, a cue word or `according`: most paragraphs of news have none.
  if ((view.classesPresent & attributionClasses) === 0 && (view.kindsPresent & (1 << TokenKind.quote)) === 0) return drafts
  clearMarks(count)
  const quoted = quotedMarks
  const claimed = claimedMarks
  const quotations = (view.kindsPresent & (1 << TokenKind.quote)) === 0 ? [] : findQuotations(view)
  for (const quotation of quotations) for (let token = quotation.open; token <= quotation.close; token++) quoted[token] = 1

  // Direct quotations, and which of them each cue attributes (for the reported speech that may take one in).
  const directByCue = new Map<number, StatementDraft>()
  const replaced = new Set<StatementDraft>()
  let previous: StatementDraft | null = null
  let previousAttributionLast = -1
  for (const quotation of quotations) {
    if (quotation.words === 0) continue
    // `Hughes said: "… never did." Mr Milburn told Today that …`: a whole sentence quoted after a colon
    // is the colon's attribution's, not that of the cue after it (which has a clause of its own).
    const introduced = isMark(view, quotation.open - 1, ':') && isSentenceEnd(view, quotation.close - 1) ? attributionBeforeQuote(view, quotation) : null
    const after = introduced === null && (quotation.words >= 3 || isMark(view, quotation.close - 1, ',')) ? attributionAfterQuote(view, quotation) : null
    const before = introduced ?? (after === null ? attributionBeforeQuote(view, quotation) : null)
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
    if (draft.kind === 'direct' && draft.cue !== null) directByCue.set(draft.cue.start, draft)
    for (let token = quotation.open; token <= quotation.close; token++) claimed[token] = 1
    if (attribution) for (let token = attribution.first; token <= attribution.last; token++) claimed[token] = 1
    // `"…," the pope told reporters, according to Reuters`: who reports the attributed quotation.
    if (after !== null) {
      const via = viaAfter(view, after.last)
      if (via !== null) {
        draft.via = span(view, via.first, via.last)
        for (let token = after.last + 1; token <= via.last; token++) claimed[token] = 1
      }
    }
    previous = draft
    previousAttributionLast = after?.last ?? -1
  }

  // Reported speech, sentence by sentence.
  for (let sentence = 0; sentence < view.sentenceCount; sentence++) {
    const first = sentenceFirst(view, sentence)
    const last = sentenceLast(view, sentence)
    if (claimed[first] === 1 && claimed[contentEnd(view, last)] === 1) continue
    // Both rules need a cue or `according` in the sentence: most sentences have neither.
    if (!sentenceHas(view, sentence, attributionClasses)) continue
    const leading = leadingStatements(view, first, last, quoted, claimed)
    if (leading.length > 0) {
      // `Mr. Trump will speak this month, Mr. Manafort said, adding that …`: a trailing attribution before the
      // first lead (its participle) still has the words before it as its content (a source before its cue:
      // in `In its plan, announced on Tuesday, the government said …` no one announced).
      const before = leading[0]!.cue !== null && followsComma(view.text, leading[0]!.cue.start) ? trailingStatement(view, first, last, quoted, claimed) : null
      const sourceFirst = before?.speaker !== null && before?.cue !== null && before !== null && before.speaker.start < before.cue.start
      if (sourceFirst && before.content.end < leading[0]!.content.start && before.cue!.end <= leading[0]!.content.start && leading.every((lead) => lead.cue?.start !== before.cue!.start)) drafts.push(before)
      drafts.push(...leading)
      continue
    }
    const trailing = trailingStatement(view, first, last, quoted, claimed)
    if (trailing) {
      // When only the last sentence carries the cue, it speaks for the sentences before it too.
      if (options.spanParagraph && sentence === view.sentenceCount - 1 && sentence > 0 && trailing.cue !== null) {
        const start = sentenceFirst(view, 0)
        let free = true
        for (let token = start; token < first; token++) if (claimed[token] === 1 || quoted[token] === 1 || isCue(view, token)) free = false
        if (free && !drafts.some((draft) => draft.paragraph === view.index)) trailing.content = { start: tokenStart(view, start)!, end: trailing.content.end }
      }
      // `The list "will be limited and final", he said.`: the sentence in part quoted is one statement, not
      // that and the quotation again under the same cue.
      const taken = trailing.cue === null ? undefined : directByCue.get(trailing.cue.start)
      if (taken !== undefined && taken.content.start >= trailing.content.start && taken.content.end <= trailing.content.end) {
        // Left out when the drafts are filtered below (a splice per statement would cost quadratic time).
        replaced.add(taken)
        directByCue.delete(trailing.cue!.start)
      }
      drafts.push(trailing)
    }
  }
  // `Asked whether he would run, Reid said …`: the question is a statement of an unnamed asker.
  for (let token = (view.classesPresent & WordClass.speechCue) === 0 ? count : 0; token + 2 < count; token++) {
    if (!hasClass(view, token, WordClass.speechCue) || !wordIs(view, token, 'asked') || quoted[token] === 1 || claimed[token] === 1) continue
    const opensSentence = token === sentenceStart(view, token) || wordIs(view, token - 1, 'when') || wordIs(view, token - 1, 'and')
    if (!opensSentence) continue
    let question = token + 1
    while (question < count && question - token <= 6 && !hasClass(view, question, WordClass.questionWord) && !isMark(view, question, ',') && !isSentenceEnd(view, question)) question++
    if (!hasClass(view, question, WordClass.questionWord)) continue
    let last = question
    // The question ends at a comma, or where the answer's attribution begins: `Asked whether she was
    // nervous she said: "…"`, `Asked why … Lord Butler said: "…"` (a cue right after a pronoun or a name).
    while (last + 1 < count && !isMark(view, last + 1, ',') && !isSentenceEnd(view, last + 1) && !isMark(view, last + 1, ':')) last++
    for (let cue = question + 2; cue <= last; cue++) {
      if (!isCue(view, cue) || !(hasClass(view, cue - 1, WordClass.personPronoun) || isCapitalized(view, cue - 1))) continue
      let subject = cue - 1
      while (subject - 1 > question && isCapitalized(view, subject) && isCapitalized(view, subject - 1)) subject--
      last = subject - 1
      break
    }
    if (last - question < 1) continue
    drafts.push({ kind: kindOf(view, question, last), paragraph: view.index, content: span(view, question, last), cue: span(view, token, token), speaker: null, via: null })
    token = last
  }
  for (const draft of drafts) if (draft.kind !== 'direct') draft.content = withoutTrailingMarks(view.text, draft.content)
  const kept = replaced.size === 0 ? drafts : drafts.filter((draft) => !replaced.has(draft))
  kept.sort((left, right) => left.content.start - right.content.start || right.content.end - left.content.end || Number(left.cue === null) - Number(right.cue === null))
  return withoutRepeatedQuotations(kept)
}

/**
 * The content without the commas, colons, dashes and open brackets it may
 * end with where a clause boundary cut it (`… not new to Chicago -`,
 * `… some other interesting statistics:`), and the blanks before them.
 */
function withoutTrailingMarks(text: string, content: Span): Span {
  let end = content.end
  while (end > content.start + 1) {
    const code = text.charCodeAt(end - 1)
    if (code === 0x2c || code === 0x3a || code === 0x2d || code === 0x2014 || code === 0x2013 || code === 0x28 || isWhitespaceCode(code)) end--
    else break
  }
  return end === content.end ? content : { start: content.start, end }
}

/**
 * The drafts (sorted by start, the longer first) without those that
 * repeat what another statement holds: a quotation with no cue of its own
 * (`saying: "For the last time, …"` is the statement of `saying`, not that
 * and the same quotation again as a continuation), or words under the same
 * cue as the statement that holds them.
 */
function withoutRepeatedQuotations(drafts: StatementDraft[]): StatementDraft[] {
  let widest: StatementDraft | null = null
  let kept = 0
  for (const draft of drafts) {
    const within = widest !== null && draft.content.end <= widest.content.end
    // (Also the same words again under the same cue: `asked: "How do I look?"` is one statement.)
    const repeated = within && ((draft.kind === 'direct' && draft.cue === null) || (draft.cue !== null && widest!.cue !== null && draft.cue.start === widest!.cue.start))
    if (!repeated) drafts[kept++] = draft
    if (widest === null || draft.content.end > widest.content.end) widest = draft
  }
  if (kept < drafts.length) drafts.length = kept
  return drafts
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
    if (introduction !== null && opening !== undefined && opening.kind === 'direct' && opening.cue === null && opening.speaker === null && opening.content.start === tokenStart(view, 0)) {
      opening.cue = introduction.cue
      opening.speaker = introduction.speaker
    }
    drafts.push(...found)
    const last = view.tokenCount - 1
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
 * speakerSpans(findArticleStatements(views)).get(tokenStart(view, 0))
 */
export function speakerSpans(drafts: readonly StatementDraft[]): Map<number, number> {
  const spans = new Map<number, number>()
  for (const draft of drafts) if (draft.speaker !== null) spans.set(draft.speaker.start, draft.speaker.end)
  return spans
}

/**
 * The source of an `according to` right after an attribution (`…," the pope
 * told reporters, according to Reuters`), the listener between allowed; null
 * when none follows within its sentence.
 */
function viaAfter(view: ParagraphView, last: number): { first: number; last: number } | null {
  let comma = last + 1
  // (`told reporters`: a short object between the cue and the comma.)
  while (comma < view.tokenCount && comma - last <= maxListenerWords && isWord(view, comma)) comma++
  if (!isMark(view, comma, ',') || !isAccordingTo(view, comma + 1)) return null
  const end = contentEnd(view, sentenceLast(view, sentenceOf(view, comma)))
  return phraseAfter(view, comma + 3, end + 1)
}

// Words of a listener between a cue and a following `, according to` (`told reporters`, `told the BBC`).
const maxListenerWords = 3

/**
 * The starts of the speaker phrases whose statement opens with `it` for the
 * speaker itself (`Trelleborg said it had no plans`, `Hall said it intends
 * to …`), as a company speaks and a person does not: not the empty `it` of
 * a judgment (`Bryant said it was unrealistic`, `it would be difficult`).
 *
 * @example
 * selfReferringSpeakers(text, drafts).has(tokenStart(view, 0))
 */
export function selfReferringSpeakers(text: string, drafts: readonly StatementDraft[]): Set<number> {
  const starts = new Set<number>()
  for (const draft of drafts) {
    // Only `X said it …`, with the cue next to both: in `X criticised the plan, saying it would fail`, `it` is the plan.
    if (draft.speaker === null || draft.cue === null || draft.cue.start < draft.speaker.end || draft.cue.start - draft.speaker.end > maxCueGap || draft.content.start < draft.cue.end || draft.content.start - draft.cue.end > maxCueGap) continue
    let word = wordAt(text, draft.content.start)
    if (word.text === 'that') word = wordAt(text, word.end)
    if (word.text !== 'it') continue
    let verb = wordAt(text, word.end)
    if (verb.text === '' || emptySubjectVerbs.has(verb.text)) continue
    if (auxiliariesBeforeBe.has(verb.text)) {
      // `it would not be`, `it has been`.
      for (let steps = 0; steps < 2 && auxiliariesBeforeBe.has(verb.text); steps++) verb = wordAt(text, verb.end)
      if (verb.text === 'be' || verb.text === 'been') continue
    }
    starts.add(draft.speaker.start)
  }
  return starts
}

// Characters between a source and its cue, or a cue and its content, in `X also said that it …`.
const maxCueGap = 12

// The longest word `wordAt` reads: enough for any verb after `it`.
const maxWordLength = 16

/** The lower-case word that starts after the blanks at `offset` (`''` when a capital, a digit or a mark comes first). */
function wordAt(text: string, offset: number): { text: string; end: number } {
  let start = offset
  while (start < text.length && isWhitespaceCode(text.charCodeAt(start))) start++
  let end = start
  while (end < text.length && end - start < maxWordLength) {
    const code = text.charCodeAt(end)
    if (!((code >= 0x61 && code <= 0x7a) || code === 0x27 || code === 0x2019)) break
    end++
  }
  return { text: text.slice(start, end), end }
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

/** Whether a comma stands right before `offset`, blanks aside (`…, adding`): read from the text, no token look-up. */
function followsComma(text: string, offset: number): boolean {
  let index = offset - 1
  while (index >= 0 && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x0a)) index--
  return text.charCodeAt(index) === 0x2c
}
