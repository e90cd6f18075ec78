// Tests on single words of names: possessives, title and organization words, surname and acronym shapes, stock tickers.
import { gazetteer } from '../lexicon/gazetteer.js'
import { familyNameFirst, femaleGivenNames, givenNames, unisexGivenNames } from '../lexicon/given-names.js'
import { capitalizedOrganizationSuffixes, organizationAcronyms, organizationSuffixes, pluralOrganizationWords } from '../lexicon/organization-suffixes.js'
import { commonAcronyms, stockExchanges, tickerBrackets } from '../lexicon/organization-names.js'
import type { ParagraphView } from '../statements/paragraph-view.js'
import { hasClass, isCapitalized, isMark, listedAt, lowerAt, tokenEnd, tokenStart, tokenText, wordIs } from '../statements/paragraph-view.js'
import { WordClass, wordClassesOf } from '../lexicon/word-classes.js'
import { countingWords, nounEndings } from '../lexicon/function-words.js'
import { agreementAdverbs, irregularPastTenses, pluralAuxiliaries } from '../lexicon/cue-verbs.js'
import { generationalSuffixes } from '../lexicon/titles.js'

export const possessive = /['’]s$/

export const acronymShape = /^[A-Z]{2,6}$/

const lowerCaseLetter = /\p{Ll}/u

/**
 * Whether a word is an acronym that may name an organization: a listed
 * one, or capitals only and not a thing's (`TV`, `GDP`), in a paragraph
 * that is not all capitals (where `NET LOSS` is a headline's words).
 */
export function isOrganizationAcronym(view: ParagraphView, word: string): boolean {
  if (organizationAcronyms.has(word)) return true
  return acronymShape.test(word) && !commonAcronyms.has(word) && !isShouting(view)
}

/** Whether the token is a part of a stock ticker in brackets (`BLDS` or `ST` of `<BLDS.ST>`). */
export function isTickerPart(view: ParagraphView, token: number): boolean {
  const before = isMark(view, token - 1, '.') ? token - 3 : token - 1
  const after = isMark(view, token + 1, '.') ? token + 3 : token + 1
  // `(NYSE: BA)`: an exchange and a colon before the code.
  if (isMark(view, token - 1, ':') && token >= 2 && stockExchanges.has(tokenText(view, token - 2))) return true
  if (before < 0 || after >= view.tokenCount) return false
  const close = tickerBrackets.get(tokenText(view, before))
  return close !== undefined && isMark(view, after, close)
}

const shouting = new WeakMap<ParagraphView, boolean>()

/** Whether the paragraph has no lower-case letter (an all-capitals headline), asked once per paragraph. */
export function isShouting(view: ParagraphView): boolean {
  let known = shouting.get(view)
  if (known === undefined) {
    known = !lowerCaseLetter.test(view.text.slice(view.span.start, view.span.end))
    shouting.set(view, known)
  }
  return known
}

export function stripPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1)
  return last === 0x73 || last === 0x53 ? word.replace(possessive, '') : word
}

/** Whether the token is a title word or a demonym (`President`, `Russian`). */
export function isTitleToken(view: ParagraphView, token: number): boolean {
  return hasClass(view, token, WordClass.titleWord | WordClass.demonym)
}

/** Whether the token is the plural of an organization word (`Chambers`, `Ministries`): one only before an `of` phrase. */
export function isPluralOrganizationWord(view: ParagraphView, token: number): boolean {
  return pluralOrganizationWords.has(listedAt(view, token) ?? '')
}

/** Whether the token is an organization word, possessive or not (`Ministry`, `Ministry's`). */
export function isOrganizationWord(view: ParagraphView, token: number): boolean {
  if (hasClass(view, token, WordClass.organizationSuffix)) return true
  if (isCapitalized(view, token) && capitalizedOrganizationSuffixes.has(listedAt(view, token) ?? '')) return true
  // Only a word that ends in `'s` or `’s` (any case) is worth lower-casing.
  if (token < 0 || token >= view.tokenCount) return false
  const end = tokenEnd(view, token)!
  const last = view.text.charCodeAt(end - 1)
  const mark = view.text.charCodeAt(end - 2)
  if (!((last === 0x73 || last === 0x53) && (mark === 0x27 || mark === 0x2019))) return false
  const lower = lowerAt(view, token)!
  return possessive.test(lower) && organizationSuffixes.has(stripPossessive(lower))
}

// Classes of words that are no surname, capitalized or not (`Officials said`, `He said`, `Russian officials`).
export const notSurname = WordClass.sourceNoun | WordClass.personPronoun | WordClass.determiner | WordClass.titleWord | WordClass.demonym | WordClass.capitalizedStopword | WordClass.organizationSuffix | WordClass.timeStarter

// A word of a name: an initial, or a capital and a lower-case letter (`Ryan`, `D`, `O'Brien`; not `BOND`).
export const nameWordShape = /^\p{Lu}(?:$|\p{Ll}|['’]\p{Lu})/u

// `Blair`, `DuVernay`, `McClaren`, `O'Brien` (not `MPs`, `BBC`).
// `Low-cost`, `Long-term`: a lone word with a lower-case letter after a hyphen is a compound, not a surname
// (`Kilroy-Silk` is one; in a full name the given name may be so written, `Hong Yong-pyo`).
const hyphenatedCommonWord = /-\p{Ll}/u
const surnameShape = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{Ll}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)?$/u

/** Whether a lower-cased word, or its singular, is a listed word that names no one (`officials`, `ministers`, `the`). */
export function isListedNoun(lower: string): boolean {
  // (`Five admitted …`: a number word names no one.)
  if ((wordClassesOf(lower) & notSurname) !== 0 || countingWords.has(lower)) return true
  return lower.length > 3 && lower.endsWith('s') && (wordClassesOf(lower.slice(0, -1)) & notSurname) !== 0
}

// The longest word `pluralVerbAt` reads (`frequently`).
const maxVerbLength = 12

/**
 * Whether the verb after `offset` in `text` agrees only with a plural
 * subject: a cue's base form (`Forecasts predict`, `Critics also say`) or
 * a plural auxiliary (`Analysts have said`). No one person's name is such a
 * subject, so the word before it names a group, not a person.
 *
 * @example
 * pluralVerbAt('Forecasts predict that …', 9)
 * //=> true
 */
export function pluralVerbAt(text: string, offset: number): boolean {
  let at = offset
  for (let words = 0; words < 3; words++) {
    while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x0a)) at++
    let end = at
    while (end < text.length && end - at <= maxVerbLength && ((text.charCodeAt(end) >= 0x61 && text.charCodeAt(end) <= 0x7a) || text.charCodeAt(end) === 0x27 || text.charCodeAt(end) === 0x2019)) end++
    if (end === at) return false
    const word = text.slice(at, end)
    if (pluralAuxiliaries.has(word)) return true
    if (!agreementAdverbs.has(word)) return (wordClassesOf(word) & (WordClass.speechCue | WordClass.beliefCue)) !== 0 && isBaseForm(word)
    at = end
  }
  return false
}

function isBaseForm(verb: string): boolean {
  return !verb.endsWith('ed') && !verb.endsWith('ing') && (!verb.endsWith('s') || verb.endsWith('ss')) && !irregularPastTenses.has(verb)
}

/** Whether a lone capitalized speaker is a surname (`DuVernay said`), not a source noun or a place. */
export function isSpeakerSurname(view: ParagraphView, token: number): boolean {
  if (hasClass(view, token, notSurname)) return false
  const word = tokenText(view, token)
  if (!surnameShape.test(word) || isCommonNounShape(word) || gazetteer.has(word) || isListedNoun(word.toLowerCase())) return false
  // `Forecasts predict …`: a plural (but `President Obama and Vice President Biden have …` join two names).
  const joined = isCapitalized(view, token - 1) || wordIs(view, token - 1, 'and') || wordIs(view, token - 1, 'or') || isMark(view, token - 1, '&')
  return joined || !pluralVerbAt(view.text, tokenEnd(view, token)!)
}

/**
 * Whether a lone capitalized word is shaped as a common noun, not a surname:
 * a compound with a lower-case part (`Low-cost`) or an abstract noun's
 * ending (`Speculation`, `Partnership`).
 */
export function isCommonNounShape(word: string): boolean {
  return hyphenatedCommonWord.test(word) || nounEndings.some((ending) => word.length > ending.length + 2 && word.endsWith(ending))
}

/** Whether the tokens are capitalized words and initials only, none possessive (`Tomas Ekberg`, `J. J. Price`, not `BT's Andrew Burke`). */
export function isPlainName(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) {
    if (wordIs(view, token, '.') && token > first) continue
    if (!isCapitalized(view, token) || hasClass(view, token, notSurname | WordClass.honorific) || isPossessiveAt(view.text, tokenEnd(view, token)!)) return false
  }
  return true
}

/**
 * The family name of a person's full name, which stands alone for them
 * later: the last word (`Putin`), or the first of a two-word name that
 * puts the family name first (`Wang` of `Wang Yi`); null for one word.
 *
 * @example
 * surnameOf('Wang Yi')
 * //=> 'Wang'
 */
export function surnameOf(name: string): string | null {
  const space = name.indexOf(' ')
  if (space === -1) return null
  const first = name.slice(0, space)
  const twoWords = name.indexOf(' ', space + 1) === -1
  if (twoWords && familyNameFirst.has(first.toLowerCase()) && !givenNames.has(first.toLowerCase())) return first
  const lastSpace = name.lastIndexOf(' ')
  const last = name.slice(lastSpace + 1)
  // `Larry Mullen Jr`: the family name is the word before the suffix (at most four letters and a period).
  if (last.length > 4 || !generationalSuffixes.has((last.endsWith('.') ? last.slice(0, -1) : last).toLowerCase())) return last
  return lastSpace === space ? null : name.slice(name.lastIndexOf(' ', lastSpace - 1) + 1, lastSpace)
}

/**
 * The gender a person's first name tells, lower-cased as the word lists spell
 * it: `female` for `paula` (Paula Broadwell), `male` for `david`, undefined
 * for `tracy` (a name both bear) or a word that is no known given name.
 *
 * @example
 * genderOfGivenName('paula')
 * //=> 'female'
 */
export function genderOfGivenName(word: string): 'male' | 'female' | undefined {
  if (femaleGivenNames.has(word)) return 'female'
  return givenNames.has(word) && !unisexGivenNames.has(word) ? 'male' : undefined
}

/** Whether the text before `end` is the possessive ending that `stripPossessive` removes, `'s` or `’s`. */
export function isPossessiveAt(text: string, end: number): boolean {
  const mark = text.charCodeAt(end - 2)
  return text.charCodeAt(end - 1) === 0x73 && (mark === 0x27 || mark === 0x2019)
}

/**
 * How many space-separated words `name` has, or 0 when one of them neither
 * starts with a capital letter nor is short enough to be a particle (`bin`, `J.`).
 */
export function nameWordCount(name: string): number {
  let count = 0
  let wordStart = 0
  for (let index = 0; index <= name.length; index++) {
    if (index < name.length && name.charCodeAt(index) !== 0x20) continue
    const first = name.charCodeAt(wordStart)
    if (!(first >= 0x41 && first <= 0x5a) && index - wordStart > 3) return 0
    count++
    wordStart = index + 1
  }
  return count
}

export function tokensText(view: ParagraphView, first: number, last: number): string {
  // Tokens joined by single spaces are the common case: no need to fold.
  let single = true
  for (let token = first; token < last && single; token++) {
    const gap = tokenStart(view, token + 1)! - tokenEnd(view, token)!
    single = gap === 0 || (gap === 1 && view.text.charCodeAt(tokenEnd(view, token)!) === 0x20)
  }
  const written = view.text.slice(tokenStart(view, first)!, tokenEnd(view, last)!)
  return single ? written : written.replace(/\s+/g, ' ')
}
