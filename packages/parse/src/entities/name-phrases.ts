// Phrases around names: a title inside a run, organization names cut at `of`, appositives after a name, the gender an honorific states.
import { gazetteer } from '../lexicon/gazetteer.js'
import { capitalizedOrganizationSuffixes, lastOrganizationWords, legalForms, organizationAcronyms, organizationSuffixes } from '../lexicon/organization-suffixes.js'
import { genderedTitles, oneNameTitles, thingNameEnds } from '../lexicon/titles.js'
import type { ParagraphView } from '../statements/paragraph-view.js'
import { hasClass, isCapitalized, isMark, isSentenceEnd, listedAt, lowerAt, tokenEnd, tokenText, wordIs } from '../statements/paragraph-view.js'
import { WordClass } from '../lexicon/word-classes.js'
import { isOrganizationAcronym, isOrganizationWord, isPossessiveAt, isShouting, isTitleToken, nameWordShape, stripPossessive, tokensText } from './name-words.js'

export type Gender = 'male' | 'female'

/** The gender the honorific or title words from just before `first` up to `nameFirst` say (`Mr.`, `Ms.`, `Congresswoman`), if any. */
export function genderBefore(view: ParagraphView, first: number, nameFirst: number): Gender | undefined {
  for (let token = Math.max(0, first - 1); token <= nameFirst; token++) {
    // (Gendered titles are listed words: no lower-case string made for the name's own words.)
    const gender = genderedTitles.get(listedAt(view, token) ?? '')
    if (gender !== undefined) return gender
  }
  return undefined
}

/**
 * Where the person's name starts in a capitalized run that names them after
 * a title inside it (`House Speaker Paul Ryan` → `Paul`, `Secretary of
 * State John Kerry` → `John`), or -1: the name is one to three words after
 * the run's last title word (or one after an honorific or a title that takes
 * one name: `Harrogate Mr Kennedy` → `Kennedy`), none of them a title, and either starts with a
 * known given name or holds no organization word (`Bank of England Governor
 * Mark Carney`, but not `Prime Minister's Office`).
 */
export function titledName(view: ParagraphView, first: number, last: number): number {
  let title = last - 1
  while (title >= first && !(isTitleToken(view, title) && !isPossessiveAt(view.text, tokenEnd(view, title)!))) title--
  if (title < first) return -1
  let words = 0
  let organizationWord = false
  for (let token = title + 1; token <= last; token++) {
    if (wordIs(view, token, '.')) continue
    if (!isCapitalized(view, token) || isTitleToken(view, token) || hasClass(view, token, WordClass.connector) || !nameWordShape.test(tokenText(view, token))) return -1
    if (isOrganizationWord(view, token)) organizationWord = true
    words++
  }
  // After an honorific one word is a name (`Speaking in Harrogate Mr Kennedy said`; but `Labour's Mr
  // Livingstone` is read at its possessive, as two names).
  // So it is after a title that takes one name (`Indonesian Energy Minister Subroto`).
  const oneWord = (hasClass(view, title, WordClass.honorific) || oneNameTitles.has(lowerAt(view, title)!)) && !hasPossessive(view, first, title - 1)
  if (words < (oneWord ? 1 : 2) || words > 3 || thingNameEnds.has(stripPossessive(lowerAt(view, last)!))) return -1
  return hasClass(view, title + 1, WordClass.givenName) || !organizationWord ? title + 1 : -1
}

/** Whether a token from `first` to `last` ends in a possessive. */
function hasPossessive(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) if (isPossessiveAt(view.text, tokenEnd(view, token)!)) return true
  return false
}

/**
 * Cut a capitalized run into organization names at `of`: a part that ends
 * with an organization word, extended by `of [the] Place` when a place
 * follows (`Communist Party of China`, `Security Council of the Russian
 * Federation`).
 */
export function organizationParts(view: ParagraphView, first: number, last: number): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  let start = first
  for (let token = first; token <= last + 1; token++) {
    if (token <= last && !wordIs(view, token, 'of')) continue
    let end = token - 1
    if (start > end) {
      start = token + 1
      continue
    }
    const word = stripPossessive(lowerAt(view, end)!)
    if (organizationSuffixes.has(word) || (capitalizedOrganizationSuffixes.has(word) && isCapitalized(view, end)) || (end === last && end > start && isCapitalized(view, end) && lastOrganizationWords.has(word)) || organizationAcronyms.has(tokensText(view, start, end)) || (start === end && isOrganizationAcronym(view, tokenText(view, start)))) {
      // `… of [the] Place` completes the name.
      let next = end + 1
      if (wordIs(view, next, 'of')) {
        let placeStart = next + 1
        if (wordIs(view, placeStart, 'the')) placeStart++
        for (let placeEnd = Math.min(last, placeStart + 3); placeEnd >= placeStart; placeEnd--) {
          if (gazetteer.has(stripPossessive(tokensText(view, placeStart, placeEnd)))) {
            end = placeEnd
            next = placeEnd + 1
            break
          }
        }
      }
      // `Chamber of Commerce`, `Council of Ministers`: an `of` phrase to the end of the run, with no organization of its own, completes it too.
      // (Not after a legal form: `Enercon Data Corp of Minneapolis` says where the company is.)
      if (end < last && wordIs(view, end + 1, 'of') && !legalForms.has(word) && isOfTail(view, end + 2, last)) end = last
      parts.push([start, end])
      token = end
      start = end + 1
      while (start <= last && (wordIs(view, start, 'of') || wordIs(view, start, 'the'))) start++
      token = start - 1
      continue
    }
    start = token + 1
  }
  return parts
}

/** Whether the words from `first` to `last` are a short name with no organization word, possessive or place: `Commerce`, `Mines and Energy`. */
function isOfTail(view: ParagraphView, first: number, last: number): boolean {
  if (last < first || last - first > 3 || isShouting(view)) return false
  for (let token = first; token <= last; token++) {
    if (!isCapitalized(view, token) && !wordIs(view, token, 'and')) return false
    if (isOrganizationWord(view, token) || isPossessiveAt(view.text, tokenEnd(view, token)!) || hasClass(view, token, WordClass.honorific)) return false
  }
  return isCapitalized(view, last)
}

/**
 * Descriptions in an appositive after a name: `, a member of … and director
 * of …,` or `, Russian Foreign Minister,`. Returns null when none follows.
 */
export function appositiveAfter(view: ParagraphView, last: number): string[] | null {
  if (!isMark(view, last + 1, ',')) return null
  let first = last + 2
  if (wordIs(view, first, 'a') || wordIs(view, first, 'an') || wordIs(view, first, 'the')) first++
  if (!isTitleToken(view, first)) return null
  let end = first
  while (end + 1 < view.tokenCount && !isMark(view, end + 1, ',') && !isSentenceEnd(view, end + 1)) {
    // `… and Sergei Lavrov`: a new name ends the appositive.
    if (wordIs(view, end + 1, 'and') && isCapitalized(view, end + 2) && !isTitleToken(view, end + 2) && !appositiveContinues(view, end + 2)) break
    // `… in Moscow on Wednesday`: a place or time after the description is not part of it.
    if ((wordIs(view, end + 1, 'in') || wordIs(view, end + 1, 'on') || wordIs(view, end + 1, 'at')) && (gazetteer.has(tokenText(view, end + 2)) || /day$/.test(lowerAt(view, end + 2) ?? ''))) break
    end++
  }
  if (end - first > 40) return null
  const descriptions: string[] = []
  let partStart = first
  for (let token = first; token <= end + 1; token++) {
    const splits = token <= end && wordIs(view, token, 'and') && isTitleToken(view, token + 1)
    if (!splits && token <= end) continue
    if (token - 1 >= partStart) descriptions.push(tokensText(view, partStart, token - 1))
    partStart = token + 1
  }
  return descriptions
}

function appositiveContinues(view: ParagraphView, token: number): boolean {
  return hasClass(view, token, WordClass.organizationSuffix)
}
