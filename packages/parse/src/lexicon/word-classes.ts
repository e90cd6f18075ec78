// The word lists the rules ask about most, folded into one table of bit
// flags: a paragraph view looks each word up once and every later stage
// tests bits instead of asking a dozen sets about the same string. The lists
// themselves stay in their own data modules; this file only indexes them.

import { beliefCues, cueAuxiliaries, cuesWithListener, cuesWithObject, nounLikeCues, pluralNounCues, quoteCues, speechCues, uninvertedCues } from './cue-verbs.js'
import { demonyms } from './demonyms.js'
import {
  capitalizedStopwords,
  clauseOpeners,
  connectors,
  contentBreakers,
  countingWords,
  finiteVerbs,
  infinitiveCues,
  leadingNonSubject,
  notSubjectEnd,
  prepositionQuantifiers,
  prepositions,
  questionWords,
  sentenceConjunctions,
  sourceIntroducers,
  sourceNouns,
  subjectBreakers,
  subordinators,
  tailOpeners
} from './function-words.js'
import { givenNames } from './given-names.js'
import { placeNameStarts } from './gazetteer.js'
import { organizationRoleNouns } from './organization-names.js'
import { timePhraseWords, timePrepositions } from './time-words.js'
import { capitalizedOrganizationSuffixes, companyDescriptors, firmPartnerWords, lastOrganizationWords, organizationSuffixes, pluralOrganizationWords } from './organization-suffixes.js'
import { determiners, personPronouns } from './pronouns.js'
import { timeStarters } from './time-words.js'
import { genderedTitles, honorifics, titleWords } from './titles.js'
import { sameSpan, spanHash } from '../text/span-hash.js'

/** One bit per word list; a token's classes are the lists its lower-cased text is in. */
export const WordClass = {
  speechCue: 1 << 0,
  beliefCue: 1 << 1,
  cueAuxiliary: 1 << 2,
  cueWithObject: 1 << 3,
  cueWithListener: 1 << 4,
  nounLikeCue: 1 << 5,
  quoteCue: 1 << 6,
  uninvertedCue: 1 << 7,
  infinitiveCue: 1 << 8,
  personPronoun: 1 << 9,
  determiner: 1 << 10,
  sourceNoun: 1 << 11,
  subjectBreaker: 1 << 12,
  leadingNonSubject: 1 << 13,
  notSubjectEnd: 1 << 14,
  tailOpener: 1 << 15,
  finiteVerb: 1 << 16,
  clauseOpener: 1 << 17,
  sentenceConjunction: 1 << 18,
  questionWord: 1 << 19,
  contentBreaker: 1 << 20,
  subordinator: 1 << 21,
  titleWord: 1 << 22,
  demonym: 1 << 23,
  honorific: 1 << 24,
  givenName: 1 << 25,
  organizationSuffix: 1 << 26,
  connector: 1 << 27,
  capitalizedStopword: 1 << 28,
  timeStarter: 1 << 29,
  /** Not a list: a word that starts with a capital letter (set by the paragraph view). */
  capitalized: 1 << 30,
  sourceIntroducer: 1 << 31
} as const

const lists: ReadonlyArray<readonly [Iterable<string>, number]> = [
  [speechCues, WordClass.speechCue],
  [beliefCues, WordClass.beliefCue],
  [cueAuxiliaries, WordClass.cueAuxiliary],
  [cuesWithObject, WordClass.cueWithObject],
  [cuesWithListener, WordClass.cueWithListener],
  [nounLikeCues, WordClass.nounLikeCue],
  [quoteCues, WordClass.quoteCue],
  [uninvertedCues, WordClass.uninvertedCue],
  [infinitiveCues, WordClass.infinitiveCue],
  [personPronouns.keys(), WordClass.personPronoun],
  [determiners, WordClass.determiner],
  [sourceNouns, WordClass.sourceNoun],
  [subjectBreakers, WordClass.subjectBreaker],
  [leadingNonSubject, WordClass.leadingNonSubject],
  [notSubjectEnd, WordClass.notSubjectEnd],
  [tailOpeners, WordClass.tailOpener],
  [finiteVerbs, WordClass.finiteVerb],
  [clauseOpeners, WordClass.clauseOpener],
  [sentenceConjunctions, WordClass.sentenceConjunction],
  [questionWords, WordClass.questionWord],
  [contentBreakers, WordClass.contentBreaker],
  [subordinators, WordClass.subordinator],
  [titleWords, WordClass.titleWord],
  [demonyms.keys(), WordClass.demonym],
  [honorifics, WordClass.honorific],
  [givenNames, WordClass.givenName],
  [organizationSuffixes, WordClass.organizationSuffix],
  [connectors, WordClass.connector],
  [capitalizedStopwords, WordClass.capitalizedStopword],
  [timeStarters, WordClass.timeStarter],
  [sourceIntroducers, WordClass.sourceIntroducer],
  // In no class (the bits are spent): listed so that `listedAt` reads them without making a string.
  [organizationRoleNouns, 0],
  [pluralNounCues, 0],
  [capitalizedOrganizationSuffixes, 0],
  [countingWords, 0],
  [prepositions, 0],
  [lastOrganizationWords, 0],
  [firmPartnerWords, 0],
  [timePrepositions, 0],
  [timePhraseWords, 0],
  [placeNameStarts, 0],
  [genderedTitles.keys(), 0],
  [companyDescriptors, 0],
  [pluralOrganizationWords, 0],
  [prepositionQuantifiers, 0]
]

// An open-addressing table keyed by `spanHash` (four reads, whatever the
// word's length), so a token that is in no list (most are) costs almost
// nothing to look up. Characters are compared only on a hash match. An empty
// slot holds the empty string.
const slotBits = 13
const slotMask = (1 << slotBits) - 1
const slotHash = new Int32Array(1 << slotBits)
// 1 + the index of the slot's entry in `listed`; 0 for an empty slot.
const slotEntry = new Int32Array(1 << slotBits)
const entryWords: string[] = []
const entryClasses: number[] = []

for (const [words, bit] of lists) {
  for (const word of words) {
    const hash = spanHash(word, 0, word.length)
    let slot = hash & slotMask
    while (slotEntry[slot] !== 0 && entryWords[slotEntry[slot]! - 1] !== word) slot = (slot + 1) & slotMask
    if (slotEntry[slot] === 0) {
      entryWords.push(word)
      entryClasses.push(0)
      slotEntry[slot] = entryWords.length
      slotHash[slot] = hash
    }
    entryClasses[slotEntry[slot]! - 1]! |= bit
  }
}

/** A word of the lists as `lookUpWord` finds it: the list's own string and its classes. */
export interface ListedWord {
  word: string
  classes: number
  /** The word's number in the lists (from 1), for `listedWord`. */
  number: number
}

const listed: ListedWord[] = entryWords.map((word, entry) => ({ word, classes: entryClasses[entry]!, number: entry + 1 }))

/**
 * The listed word with this `number` (as `lookUpWord` gave it).
 *
 * @example
 * listedWord(lookUpWord('said', 0, 4)!.number)
 * //=> 'said'
 */
export function listedWord(number: number): string {
  return entryWords[number - 1]!
}

/**
 * The listed word spelled by `lower.slice(start, end)` (already lower-cased),
 * or null, without slicing it: the string returned is the list's own, so
 * equal words share one string.
 *
 * @example
 * lookUpWord('he said', 3, 7)?.word
 * //=> 'said'
 */
export function lookUpWord(lower: string, start: number, end: number): ListedWord | null {
  return end > start ? lookUpHashed(spanHash(lower, start, end), lower, start, end) : null
}

// Each listed word's classes by number (index 0 unused), read without an object per word.
const classesByNumber = Int32Array.from([0, ...entryClasses])

/**
 * The number of the listed word spelled by `text.slice(start, end)` (ASCII
 * capitals folded), whose `spanHash` is `hash`; 0 for a word in no list.
 * With `classesOfNumber`, the look-up a paragraph view makes for every word.
 *
 * @example
 * classesOfNumber(listedNumber(spanHash('He said', 3, 7), 'He said', 3, 7))
 */
export function listedNumber(hash: number, text: string, start: number, end: number): number {
  for (let slot = hash & slotMask; ; slot = (slot + 1) & slotMask) {
    const entry = slotEntry[slot]!
    if (entry === 0) return 0
    if (slotHash[slot] === hash && sameSpan(entryWords[entry - 1]!, text, start, end)) return entry
  }
}

/** The `WordClass` bits of the listed word with this number (0 for 0). */
export function classesOfNumber(number: number): number {
  return classesByNumber[number]!
}

/**
 * `lookUpWord` for a span whose `spanHash` is known.
 *
 * @example
 * lookUpHashed(spanHash('he said', 3, 7), 'he said', 3, 7)?.word
 * //=> 'said'
 */
export function lookUpHashed(hash: number, lower: string, start: number, end: number): ListedWord | null {
  for (let slot = hash & slotMask; ; slot = (slot + 1) & slotMask) {
    const entry = slotEntry[slot]!
    if (entry === 0) return null
    if (slotHash[slot] === hash && sameSpan(entryWords[entry - 1]!, lower, start, end)) return listed[entry - 1]!
  }
}

/**
 * The classes of a lower-cased word, as `WordClass` bits (0 for a word in
 * no list).
 *
 * @example
 * (wordClassesOf('said') & WordClass.speechCue) !== 0
 * //=> true
 */
export function wordClassesOf(lower: string): number {
  return lookUpWord(lower, 0, lower.length)?.classes ?? 0
}
