// Organization names with `and` or `&` inside (`Securities and Exchange
// Commission`, `Procter & Gamble`): read as one name both by the entity
// stage's capitalized runs and by the statement stage's subjects.
import type { ParagraphView } from '../statements/paragraph-view.js'
import { hasClass, isCapitalized, isMark, listedAt, tokenEnd, tokenStart, tokenText, wordIs } from '../statements/paragraph-view.js'
import { WordClass } from '../lexicon/word-classes.js'
import { gazetteer } from '../lexicon/gazetteer.js'
import { commonAcronyms, organizationNames } from '../lexicon/organization-names.js'
import { firmPartnerWords } from '../lexicon/organization-suffixes.js'
import { acronymShape, isOrganizationWord, isPossessiveAt } from './name-words.js'

// How far back the name before `and` is read.
const maxRunBack = 6

// Words of a name joined by `and` that are read together at most.
const maxJoinedWords = 4

/**
 * Whether the `and` or `&` at `token` joins two parts of one organization's
 * name: `Procter & Gamble`, `Securities and Exchange Commission`, `Merrill
 * Lynch and Co Inc`, `Department of Trade and Industry`. An `&` between
 * capitalized words always does. An `and` does when an organization word
 * follows within a few capitalized words, or when the run so far is an
 * organization or title word and its `of` phrase (`Office of Management and
 * Budget`, `Minister of Energy and Mines`). Not between two names:
 * `Russia and China`, `Chrysler and General Motors Corp`, `University of
 * California and Dan Gillmor`, `Schroeder and European Commission`.
 */
export function joinsOrganizationName(view: ParagraphView, token: number): boolean {
  const before = token - 1
  const after = token + 1
  if (!isCapitalized(view, after) || !isCapitalized(view, before)) return false
  const ampersand = isMark(view, token, '&')
  if (!ampersand && !wordIs(view, token, 'and')) return false
  const spaced = tokenStart(view, token) === tokenEnd(view, before)! + 1 && tokenStart(view, after) === tokenEnd(view, token)! + 1
  // `AT&T`, `Procter & Gamble`.
  if (ampersand) return spaced || (tokenStart(view, token) === tokenEnd(view, before) && tokenStart(view, after) === tokenEnd(view, token))
  if (!spaced) return false
  // `Arthur Young and Co`: a firm, though named after a person.
  if (firmPartnerWords.has(listedAt(view, after) ?? '')) return !isOrganizationWord(view, before)
  // The word before `and` must not be a name of its own, nor the word after it open one.
  if (isOrganizationWord(view, before) || isNamedOnItsOwn(view, before) || hasClass(view, after, WordClass.givenName | WordClass.demonym) || isNamedOnItsOwn(view, after)) return false
  const first = nameStartBefore(view, token)
  // `Treasury Secretary James Baker and Federal Reserve Board chairman Paul Volcker`, `CNN's Anderson Cooper and Fox News` are two.
  for (let word = first; word <= before; word++) if (hasClass(view, word, WordClass.givenName) || isPossessiveAt(view.text, tokenEnd(view, word)!)) return false
  let last = after
  while (last + 1 < view.tokenCount && last - after + 1 < maxJoinedWords && isCapitalized(view, last + 1) && tokenStart(view, last + 1) === tokenEnd(view, last)! + 1) last++
  // `Department of Health and State University`, `House and Senate Republicans`, `Ford and General Motors` are two.
  let organizationWord = last
  while (organizationWord >= after && !isOrganizationWord(view, organizationWord)) organizationWord--
  if (organizationWord >= after) return organizationWord > after && !hasOrganizationWord(view, first, before) && !startsKnownName(view, after, organizationWord)
  // `Department of Trade and Industry`: an organization or title word, its `of` or `for`, one or two words, then `and`.
  for (let of = before - 1; of >= Math.max(first + 1, before - 2); of--) {
    if (!wordIs(view, of, 'of') && !wordIs(view, of, 'for')) continue
    return isOrganizationWord(view, of - 1) || hasClass(view, of - 1, WordClass.titleWord)
  }
  return false
}

/** Whether the word is a known place, organization or acronym, which stands for something by itself. */
function isNamedOnItsOwn(view: ParagraphView, token: number): boolean {
  const word = tokenText(view, token)
  return gazetteer.has(word) || organizationNames.has(word) || acronymShape.test(word)
}

/** Whether the words from `first` on, up to `last` at most, spell a known organization's name (`General Motors`). */
function startsKnownName(view: ParagraphView, first: number, last: number): boolean {
  let name = tokenText(view, first)
  for (let token = first + 1; token <= last; token++) {
    if (organizationNames.has(name)) return true
    name += ` ${tokenText(view, token)}`
  }
  return organizationNames.has(name)
}

/** Whether an organization word stands between `first` and `last`. */
function hasOrganizationWord(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) if (isOrganizationWord(view, token)) return true
  return false
}

/**
 * Whether the name from `first` to `last` is a company's by its ampersand
 * (`Procter & Gamble`, `Johnson & Johnson`, `AT&T`, `David Rubin &
 * Partners`), though its words may look like a person's: not `R&B`, `Jim &
 * Sarah` or `Facebook & Google`.
 *
 * @example
 * const view = viewParagraph('Johnson & Johnson said', 0, { start: 0, end: 22 })
 * isAmpersandName(view, 0, 2)
 * //=> true
 */
export function isAmpersandName(view: ParagraphView, first: number, last: number): boolean {
  // `Ernst & Young`, `AT&T`: one word each side, the word after no given name (`Jim & Sarah`).
  if (last === first + 2 && isMark(view, first + 1, '&')) {
    // `AT&T`, `M&S`, but not `R&B` or `R&B-soul`.
    if (tokenStart(view, first + 1) === tokenEnd(view, first)) return !commonAcronyms.has(`${tokenText(view, first)}&${tokenText(view, last).split('-')[0]!}`)
    return !isNamedOnItsOwn(view, first) && !isNamedOnItsOwn(view, last) && !hasClass(view, last, WordClass.givenName)
  }
  // `David Rubin & Partners`, `AG Edwards & Co`.
  return isMark(view, last - 1, '&') && firmPartnerWords.has(listedAt(view, last) ?? '')
}

/**
 * Where the name that ends just before the `and` or `&` at `token` starts:
 * capitalized words, initials and the connectors between them, a few words
 * back at most (`Organization for Economic Cooperation` before `and Development`).
 *
 * @example
 * const view = viewParagraph('The Food and Drug Administration said', 0, { start: 0, end: 37 })
 * nameStartBefore(view, 2)
 * //=> 1
 */
export function nameStartBefore(view: ParagraphView, token: number): number {
  const before = token - 1
  let first = before
  while (first - 1 >= 0 && before - first < maxRunBack && (isCapitalized(view, first - 1) || isMark(view, first - 1, '.') || (hasClass(view, first - 1, WordClass.connector) && isCapitalized(view, first - 2)))) first--
  while (first < before && !isCapitalized(view, first)) first++
  return first
}
