// Reported speech with the attribution after it: `…, X said.`, `…, said X.`, `…, according to X.`
import { WordClass } from '../lexicon/word-classes.js'
import type { ParagraphView } from './paragraph-view.js'
import { hasClass, isMark, listedAt, lowerAt, tokenKind } from './paragraph-view.js'
import { TokenKind } from '../text/tokens.js'
import { timePhraseWords, timePrepositions } from '../lexicon/time-words.js'
import { contentEnd, isAccordingTo, isCue, isDash, isWord, kindOf, span } from './cue-words.js'
import { attributionAt, maxSourceTokens } from './attributions.js'
import type { StatementDraft } from './statement-draft.js'
import { appositiveOpeners } from '../lexicon/function-words.js'

/** Whether a finite verb comes within a few words: `the council will try …` is a clause, `the director of Y` is not. */
function clauseFollows(view: ParagraphView, from: number, end: number): boolean {
  if (!hasClass(view, from, WordClass.determiner)) return false
  for (let token = from + 1; token < Math.min(end, from + 6); token++) if (hasClass(view, token, WordClass.finiteVerb)) return true
  return false
}

/** Whether the tokens from `first` to `last` are only a time phrase: `Earlier this month`, `On Tuesday`, `Two weeks ago`. */
function isTimePhrase(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) {
    if (tokenKind(view, token) === TokenKind.number || hasClass(view, token, WordClass.timeStarter)) continue
    const word = listedAt(view, token) ?? ''
    if (!timePrepositions.has(word) && !timePhraseWords.has(word)) return false
  }
  return true
}

function appositiveOpener(view: ParagraphView, token: number): boolean {
  // `…, the office said on Tuesday, beating forecasts.`: a participle comments, it does not resume.
  const word = lowerAt(view, token) ?? ''
  return appositiveOpeners.has(word) || (word.endsWith('ing') && isWord(view, token))
}

export function trailingStatement(view: ParagraphView, first: number, last: number, quoted: Uint8Array, claimed: Uint8Array): StatementDraft | null {
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
  // The comma before an attribution that ends the sentence, if one does (-1 when none): found once, when first needed.
  let closingComma: number | undefined
  // The sentence's first dash (`end` when none): found once, when first needed.
  let firstDash: number | undefined
  // `content, X said[, content].`: the attribution sits between two commas or at the end.
  for (let comma = first + 1; comma < end; comma++) {
    // `…, according to X.` and `… — according to X.`, and an aside between dashes (`Prices — according to the
    // ministry — rose`, `… in 2014, according to the report - still believe …`).
    const according = isAccordingTo(view, comma + 1)
    const dash = according && !isMark(view, comma, ',') && isDash(view, comma)
    if ((!dash && !isMark(view, comma, ',')) || quoted[comma] === 1 || claimed[comma] === 1) continue
    let next = comma + 1
    while (next < end && !isMark(view, next, ',') && !(according && isDash(view, next))) next++
    const attribution = attributionAt(view, comma + 1, next)
    if (attribution === null) continue
    // (`…, according to the F.A.A.`: the sentence's period after an initial stays outside the source.)
    if (attribution.last !== next - 1 && !(attribution.last === next - 2 && isMark(view, next - 1, '.'))) continue
    // `Asked if …, he said, "If there is a need …"`: the attribution introduces the quotation after it.
    if (next < end - 1 && claimed[next + 1] === 1) continue
    // `…, said X, the director of Y.` and `…, X said, adding …`: the content is what came before;
    // `Those who vote, he said, must register.` and `Since November, according to Human Rights Watch,
    // security forces have killed …`: the content goes on after the attribution.
    const inverted = isCue(view, comma + 1)
    // (After `X said,` a noun phrase cannot be X's appositive, as it can after `said X,`: `As Election Day nears, Stone says,
    // the number of real independents … shrinks` resumes.)
    // (A dash after the source closes an aside only when one opened before it: in `…, according to a poll - virtually
    // the same as …`, what follows the dash is an afterthought, not the rest of the sentence.)
    if (isDash(view, next) && !dash) firstDash ??= firstDashFrom(view, first, end)
    const unopenedDash = isDash(view, next) && !dash && firstDash! >= comma
    const resumes = next < end - 1 && !inverted && !unopenedDash && (!appositiveOpener(view, next + 1) || hasClass(view, next + 1, WordClass.determiner) || clauseFollows(view, next + 1, end))
    // `…, they will respond, the company said.`: when the sentence ends with an attribution, that one speaks.
    if (resumes) closingComma ??= closingAttributionComma(view, first, end)
    if (resumes && closingComma! > comma) continue
    const contentLast = resumes ? end - 1 : comma - 1
    // `He left after, according to him, the network censured his report.`: after a subordinator the
    // attribution speaks for the clause it opens, not for the sentence.
    const contentFirst = resumes && hasClass(view, comma - 1, WordClass.subordinator) ? next + 1 : first
    if (contentLast - contentFirst < 2) continue
    // `Earlier this month, the committee said about …:` — a time phrase alone is no content.
    if (!resumes && isTimePhrase(view, first, contentLast)) continue
    return {
      kind: kindOf(view, contentFirst, contentLast),
      paragraph: view.index,
      content: span(view, contentFirst, contentLast),
      cue: attribution.cue,
      speaker: attribution.speaker,
      via: null
    }
  }
  return null
}

/** The first dash from `first` on, before `end` (`end` when none): where an aside opens in the sentence. */
function firstDashFrom(view: ParagraphView, first: number, end: number): number {
  let token = first
  while (token < end && !isDash(view, token)) token++
  return token
}

/** The comma before an attribution that ends the sentence (`…, the company said.`), or -1. */
function closingAttributionComma(view: ParagraphView, first: number, end: number): number {
  let comma = end - 1
  while (comma > first && !isMark(view, comma, ',')) comma--
  const closing = comma > first ? attributionAt(view, comma + 1, end) : null
  return closing !== null && (closing.last === end - 1 || (closing.last === end - 2 && isMark(view, end - 1, '.'))) ? comma : -1
}
