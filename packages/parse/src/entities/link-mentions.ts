// Linking statements to participants: the participant a span refers to, `the company` and `the president`, and speakers no earlier step knew.
import type { Participant, Span, TextField } from '@newsdoc/core'
import { foldWhitespace, isWhitespaceCode } from '@newsdoc/core/helpers'
import { demonyms } from '../lexicon/demonyms.js'
import { gazetteer, placeNameEnds, placeNameStarts } from '../lexicon/gazetteer.js'
import { companyDescriptors, companyKindNouns, companyNouns, organizationSuffixes } from '../lexicon/organization-suffixes.js'
import { organizationNames } from '../lexicon/organization-names.js'
import { honorifics, partyMembers, roleHeads, thingNameEnds, titleWords } from '../lexicon/titles.js'
import { capitalizedStopwords, connectors, unnamingWords } from '../lexicon/function-words.js'
import type { Recency } from './recency.js'
import { latestAcceptedBefore, latestBefore, recencyKeys, sortRecency } from './recency.js'
import { isCommonNounShape, isListedNoun, isPossessiveAt, pluralVerbAt, stripPossessive, surnameOf } from './name-words.js'
import type { EntityState } from './entity-state.js'
import { addMention, byMentionStart, organization, person } from './entity-state.js'

const capitalLetter = /[A-Z]/
// What stands between two people who speak together: `Weber and Nadia Karimi`, `Smith & Jones`.
const jointGap = /^\s*(?:and|&)\s*$/

const letter = /\p{L}/u
// A plural (`Congressmen`, `Democrats`, not `Congress`) or a word for a country's people (`Scot`, `Briton`).
const pluralOrResident = /(?:[^s]s|men|ot|on)$/

// Built on first use (many articles have no `the company`); participants' mentions stay as
// they are until `finish`, so the index is the same whenever it is built.
function foundIndex(state: EntityState): Map<string, Recency> {
  if (state.found !== null) return state.found
  const found = new Map<string, Recency>()
  for (const participant of state.order) {
    if (participant.mentions.length === 0) continue
    for (const key of recencyKeys(participant)) {
      const list = found.get(key) ?? { starts: [], owners: [] }
      found.set(key, list)
      // Each participant's mentions are in order, but not across participants: each list is sorted once.
      for (const mention of participant.mentions) {
        list.starts.push(mention.span.start)
        list.owners.push(participant)
      }
    }
  }
  for (const list of found.values()) sortRecency(list, state.rank)
  state.found = found
  return found
}

/** The participant a span refers to: a resolved pronoun, else the first mention inside it that is not a possessive. */
export function participantIn(state: EntityState, span: Span): Participant | null {
  const pronoun = state.pronounOwner.get(span.start)
  if (pronoun !== undefined && pronoun.end === span.end) return pronoun.owner
  const starts = state.nameStarts
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (starts[middle]! < span.start) low = middle + 1
    else high = middle
  }
  // A person named at the end of the span's head (before an appositive's comma), where the head noun
  // of a speaker phrase stands (`Labour MP Karen Hale`, `Mr. Frum, a former speechwriter for George W.
  // Bush`); else the first mention inside it that is not a possessive (`Trump's campaign manager,
  // Corey Lewandowski`, `a Microsoft spokesman`).
  const comma = state.text.indexOf(',', span.start)
  const headEnd = comma !== -1 && comma < span.end ? comma : span.end
  // (Joint speakers, `Weber and Nadia Karimi`, keep the first.)
  let first: Participant | null = null
  let fallback: Participant | null = null
  let previousPerson = -1
  for (let index = low; index < starts.length && starts[index]! < span.end; index++) {
    if (state.nameEnds[index]! > span.end) continue
    const owner = state.nameOwners[index]!
    if (state.namePossessive[index] === 1) fallback ??= owner
    else if (owner.kind === 'person' && state.nameEnds[index] === headEnd) {
      const joint = previousPerson !== -1 && jointGap.test(state.text.slice(state.nameEnds[previousPerson]!, starts[index]!))
      return joint ? state.nameOwners[previousPerson]! : owner
    } else {
      first ??= owner
      if (owner.kind === 'person') previousPerson = index
    }
  }
  return first ?? fallback
}

// The longest definite description that stands for an organization named before (`the world's biggest brewer`).
const maxDefiniteWords = 5

/** `the company`, `the president`: the most recent participant of that kind or title named before. */
function definiteMention(state: EntityState, span: Span, text: string): Participant | null {
  const words = text.split(' ')
  if (words.length < 2 || words.length > maxDefiniteWords || (words[0] !== 'the' && words[0] !== 'The')) return null
  // `the automaker said`, `the number two automaker said`, `the Leuven-based brewery said`: a noun that only a
  // company's description ends with stands for the latest organization, whatever describes it.
  if (companyKindNouns.has(words.at(-1)!)) {
    const latest = latestWithKey(state, 'organization', span)
    if (latest !== null) addMention(state, latest, { text, span })
    return latest
  }
  if (words.length > 3) return null
  // `the hotel group said`, `the news agency said`: a company noun with a modifier stands for the latest organization
  // with the modifier in its name (`Hilton Hotels Corp`, `New China News Agency`); `the rating agency` is rarely the
  // company named last, nor `the terrorist group` any group.
  if (words.length === 3) {
    const modifier = words[1]!
    const noun = words[2]!
    if (!/^[a-z]/.test(modifier) || !companyNouns.has(noun)) return null
    const latest = latestWithKey(state, 'organization', span, (owner) => hasNameWord(owner.name, modifier) || hasNameWord(owner.name, `${modifier}s`))
    if (latest !== null) addMention(state, latest, { text, span })
    return latest
  }
  const noun = words[1]!.toLowerCase()
  const organizationNoun = organizationSuffixes.has(noun) || companyNouns.has(noun)
  if (!organizationNoun && !roleHeads.has(noun)) return null
  // `the commission`: the latest organization with that word in its name; `the company` may be any.
  const named = (owner: Participant): boolean => hasNameWord(owner.name, noun)
  const best = organizationNoun ? (latestWithKey(state, 'organization', span, named) ?? (companyNouns.has(noun) ? latestWithKey(state, 'organization', span) : null)) : latestWithKey(state, `title:${noun}`, span)
  if (best === null) return null
  addMention(state, best, { text, span })
  return best
}

/** Whether `name` has `word` (lower-cased) among its words, a possessive aside (`Commission` of `European Commission's`). */
function hasNameWord(name: string, word: string): boolean {
  const lower = name.toLowerCase()
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    const end = at + word.length
    if ((at === 0 || lower.charCodeAt(at - 1) === 0x20) && (end === lower.length || lower.charCodeAt(end) === 0x20 || isPossessiveAt(lower, end + 2))) return true
  }
  return false
}

/** The participant under `key` named last before `span` (of those `accepts` takes), in the mentions found and those linking added. */
function latestWithKey(state: EntityState, key: string, span: Span, accepts?: (participant: Participant) => boolean): Participant | null {
  const latest = (list: Recency | undefined): { start: number; owner: Participant } | null => (accepts === undefined ? latestBefore(list, span.start, state.rank) : latestAcceptedBefore(list, span.start, state.rank, accepts))
  const before = [latest(foundIndex(state).get(key)), latest(state.added.get(key))]
  // The later of the two; at the same start, the participant named first (as a scan in order would pick).
  return (
    before.reduce<{ start: number; owner: Participant } | null>((left, right) => {
      if (left === null || right === null) return left ?? right
      if (left.start !== right.start) return left.start > right.start ? left : right
      return state.rank(left.owner) <= state.rank(right.owner) ? left : right
    }, null)?.owner ?? null
  )
}

/** The participant of a speaker phrase that no earlier step knew (`Woolson said`, `the finance ministry`), made if need be. */
export function addSpeaker(state: EntityState, span: Span, text: string): Participant | null {
  const definite = definiteMention(state, span, text)
  if (definite) return definite
  // The name is what stands before an appositive: `Mayra Gonzalez, a cook at the Taj`,
  // `Democrats - especially in his native New York`, `Many speakers — including …`.
  const head = text.slice(0, appositiveStart(text))
  // Most speaker phrases make no participant (`an analyst`, `officials`): with no capital letter
  // in the head and no organization word at its end, neither rule below can apply.
  if (!capitalLetter.test(head) && !organizationSuffixes.has(stripPossessive(lastWordOf(head)).toLowerCase())) return null
  // Each word with where it stands, so that a mention is the input as written (`Tom\nReed`).
  const placed = wordsOf(head)
  const words = placed.map((item) => item.word)
  // The mention of words `first` to the end, the last one without its possessive.
  const mentionFrom = (first: number): TextField => {
    const last = placed.at(-1)!
    const end = last.at + stripPossessive(last.word).length
    const written = text.slice(placed[first]!.at, end)
    return { text: written, span: { start: span.start + placed[first]!.at, end: span.start + end } }
  }
  const lastWord = stripPossessive(words.at(-1) ?? '').toLowerCase()
  const firstNamed = words[0] === 'the' || words[0] === 'The' || words[0] === 'a' || words[0] === 'an' ? 1 : 0
  const named = words.slice(firstNamed)
  if (organizationSuffixes.has(lastWord) && named.length >= 2 && named.length <= 4 && named.every((word) => letter.test(word) && !isPossessiveWord(word) && !unnamingWords.has(word.toLowerCase()))) {
    // `the finance ministry`, `the state news agency` (but not a bare `the company`, nor `a new company`,
    // `one company` or `Turkey's second biggest bank`, which name none)
    const mention = mentionFrom(firstNamed)
    const participant = organization(state, foldWhitespace(mention.text))
    addMention(state, participant, mention)
    return participant
  }
  // `resident Mayra Gonzalez`, `Ms. Gil`, `Florida state archivist Jody Norman`: the name is the run of
  // capitalized words (not titles) that ends the phrase, or else starts at the first capitalized word that is not a title.
  const nameWord = (word: string): boolean => /^[A-Z]/.test(word) && !honorifics.has(word.toLowerCase().replace(/\.$/, '')) && !titleWords.has(word.toLowerCase())
  // The run counts after a description (`archivist`), not after a function word or a name's particle:
  // `a spokesman for YouTube`, `the Affordable Care Act` and `Lazard Freres et Cie` end with no person's name.
  let trailing = words.length
  while (trailing > 0 && isTitleCaseWord(words[trailing - 1]!) && nameWord(words[trailing - 1]!)) trailing--
  // One word only after a title (`oil minister Subroto`): `carmaker Maruti` and `privately-held Interconnect` are companies.
  const before = trailing > 0 ? words[trailing - 1]! : ''
  // `Monitoring firm Netcraft said`, `investment bank Goldman Sachs said`: the name after a company noun is the company's.
  if (trailing > 0 && trailing < words.length && words.length - trailing <= 3 && companyDescriptors.has(before.toLowerCase()) && !placeNameEnds.has(words.at(-1)!.toLowerCase())) {
    const mention = mentionFrom(trailing)
    const name = foldWhitespace(mention.text)
    const participant = state.aliasOwner.get(name) ?? organization(state, name)
    addMention(state, participant, mention)
    return participant
  }
  const described = trailing > 0 && trailing < words.length && /^[a-z]/.test(before) && !capitalizedStopwords.has(before) && !connectors.has(before) && (words.length - trailing >= 2 || titleWords.has(before))
  // (`The Halifax said`, `The French Treasury said`: a capitalized article before names only is no name's first word.)
  const namesAfterArticle = firstNamed === 1 && words.length > 1 && words.every((word, index) => index === 0 || nameWord(word))
  const firstName = described ? trailing : namesAfterArticle ? 1 : words.findIndex(nameWord)
  const clean = firstName === -1 ? [] : words.slice(firstName)
  // `Downing Street said`, `the Kremlin said`: a landmark that speaks stands for those who work in it.
  const landmarkFirst = Math.max(firstName, firstNamed)
  // (`The Halifax said`: a town's name after `the` is a company's; a place says nothing.)
  const townAfterThe = firstNamed === 1 && firstName === 1 && words.length === 2 && gazetteer.get(words[1]!)?.kind === 'city'
  if (firstName !== -1 && landmarkFirst < words.length && (townAfterThe || gazetteer.get(words.slice(landmarkFirst).join(' '))?.kind === 'landmark')) {
    const mention = mentionFrom(landmarkFirst)
    const participant = organization(state, foldWhitespace(mention.text))
    addMention(state, participant, mention)
    return participant
  }
  // `San Diego Gas said`, `Lake Forest Bancorp said`: a name that opens as a place's does (and is no place we know) is a company's or an agency's.
  // (Two words are a place's name, `San Diego`, or a `New Zealander`; a `New Jersey Democrat` is someone unnamed.)
  const placeOpened = clean.length >= 2 && placeNameStarts.has(clean[0]!.toLowerCase())
  if (placeOpened && clean.length >= 3 && clean.length <= 4 && !gazetteer.has(clean.join(' ')) && clean.every((word) => /^[A-Z]/.test(word)) && !partyMembers.has(stripPossessive(clean.at(-1)!).toLowerCase())) {
    const mention = mentionFrom(firstName)
    const participant = state.aliasOwner.get(foldWhitespace(mention.text)) ?? organization(state, foldWhitespace(mention.text))
    addMention(state, participant, mention)
    return participant
  }
  if (clean.length === 0 || clean.length > 3 || placeOpened || gazetteer.has(clean.join(' ')) || placeNameEnds.has(clean.at(-1)!.toLowerCase()) || thingNameEnds.has(clean.at(-1)!.toLowerCase()) || !clean.every((word) => /^[A-Z][a-z]/.test(word)) || (clean.length === 1 && isCommonNounShape(clean[0]!)) || clean.some((word) => capitalizedStopwords.has(word.toLowerCase()) || gazetteer.has(word))) return null
  // `Officials said`, `Analysts said`: a capitalized source noun is no name.
  if (clean.length === 1 && isListedNoun(stripPossessive(clean[0]!).toLowerCase())) return null
  const mention = mentionFrom(firstName)
  const name = foldWhitespace(mention.text)
  const known = state.aliasOwner.get(name) ?? state.people.get(name)?.participant ?? loneSurnameOf(state, name)
  // `the Academy has announced`: one capitalized word after `the` is a body's name, not a person's
  // (but `the Congressmen` and `the Scot` are people, unnamed).
  const body = clean.length === 1 && firstName === 1 && (words[0] === 'the' || words[0] === 'The') && !pluralOrResident.test(name)
  // (`BancTEXAS said it plans …`: a lone word that speaks of itself as `it` is a company's name.)
  const selfNamed = words.length === 1 && state.selfReferring.has(span.start)
  // (`the Italian Treasury said`: a known organization's one-word name after a nationality or a place is that country's.)
  const countrys = clean.length >= 2 && organizationNames.has(clean.at(-1)!) && (demonyms.has(clean[0]!.toLowerCase()) || gazetteer.has(clean.slice(0, -1).join(' ')))
  const kept = known ?? (body || selfNamed || countrys || organizationNames.has(name) || state.organizationEvidence.has(name) ? organization(state, name) : null)
  // `the Japanese Embassy said`, `the Beaufort Hunt said`: names right after an article are a body's or a thing's, not a person's.
  if (kept === null && firstName === firstNamed && firstNamed === 1 && clean.length >= 2) return null
  // `Forecasts predict`, `Arbitragers have said`: a lone word whose verb agrees with a plural is no person.
  if (kept === null && words.length === 1 && pluralVerbAt(state.text, mention.span.end)) return null
  const participant = kept ?? person(state, name)
  addMention(state, participant, mention)
  return participant
}

/** Whether a word ends with a possessive `'s` (`nominee's`): a phrase with one names whose it is, not a body. */
function isPossessiveWord(word: string): boolean {
  return word.endsWith("'s") || word.endsWith('’s')
}

/** The runs of non-blank characters of `text`, each with its offset: one pass, no regular expression. */
function wordsOf(text: string): Array<{ word: string; at: number }> {
  const words: Array<{ word: string; at: number }> = []
  let start = -1
  for (let index = 0; index <= text.length; index++) {
    const blank = index === text.length || isWhitespaceCode(text.charCodeAt(index))
    if (blank && start !== -1) {
      words.push({ word: text.slice(start, index), at: start })
      start = -1
    } else if (!blank && start === -1) start = index
  }
  return words
}

/** Where an appositive starts in a speaker phrase: its first comma or spaced dash (the phrase's length when there is none). */
function appositiveStart(text: string): number {
  let end = text.length
  const comma = text.indexOf(',')
  if (comma !== -1) end = comma
  for (const dash of [' - ', ' – ', ' — ', '—']) {
    const at = text.indexOf(dash)
    if (at !== -1 && at < end) end = at
  }
  return end
}

/** Whether the word opens with an ASCII capital and a lower-case letter (`Norman`, not `MP` or `state`). */
function isTitleCaseWord(word: string): boolean {
  const first = word.charCodeAt(0)
  const second = word.charCodeAt(1)
  return first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a
}

/**
 * The person read earlier under the surname of `name` alone, now given the
 * full name (`Florida state archivist Jody Norman said` before `Norman
 * added`: the earlier pass knew only `Norman`); undefined when there is none.
 */
function loneSurnameOf(state: EntityState, name: string): Participant | undefined {
  const surname = surnameOf(name)
  const lone = surname === null ? undefined : state.people.get(surname)
  if (lone === undefined || lone.participant.name !== surname || state.people.has(name) || state.aliasOwner.has(surname)) return undefined
  lone.participant.name = name
  lone.participant.aliases.push(surname)
  state.people.set(name, lone)
  state.aliasOwner.set(surname, lone.participant)
  return lone.participant
}

/** The participants, with the mentions that linking added merged in order. */
export function finish(state: EntityState): Participant[] {
  for (const [participant, fields] of state.pending) {
    participant.mentions.push(...fields)
    participant.mentions.sort(byMentionStart)
  }
  state.pending.clear()
  return state.order
}

/** The last run of non-blank characters of `text` (empty when there is none). */
function lastWordOf(text: string): string {
  let end = text.length
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--
  let start = end
  while (start > 0 && !isWhitespaceCode(text.charCodeAt(start - 1))) start--
  return text.slice(start, end)
}
