import type { Participant, Place, Role, Span, TextField } from '@newsdoc/core'
import { foldWhitespace } from '@newsdoc/core'
import { demonyms } from '../lexicon/demonyms.js'
import { gazetteer } from '../lexicon/gazetteer.js'
import { familyNameFirst, givenNames } from '../lexicon/given-names.js'
import { organizationAcronyms, organizationSuffixes } from '../lexicon/organization-suffixes.js'
import { commonAcronyms, organizationNames, organizationRoleNouns, tickerBrackets } from '../lexicon/organization-names.js'
import { personPronouns } from '../lexicon/pronouns.js'
import { compoundTitles, genderedTitles, givenNameHonorifics, honorifics, roleHeads, thingNameEnds, titleWords } from '../lexicon/titles.js'
import type { ParagraphView } from '../statements/paragraph-view.js'
import { hasClass, isCapitalized, isMark, isSentenceEnd, listedAt, lowerAt, tokenText, wordIs } from '../statements/paragraph-view.js'
import { WordClass, wordClassesOf } from '../lexicon/word-classes.js'
import { spanHash } from '../text/span-hash.js'
import { capitalizedStopwords } from '../lexicon/function-words.js'
import type { Run } from './capitalized-runs.js'
import { capitalizedRuns } from './capitalized-runs.js'

/** What the entity stage finds: participants, places, and a way to link a span to them. */
export interface Entities {
  participants: Participant[]
  places: Place[]
  /** The participant a span refers to: a mention inside it, or a resolved pronoun. */
  participantIn: (span: Span) => Participant | null
  /** Add a person named by a speaker phrase that no earlier stage knew (`Woolson said`). */
  addSpeaker: (span: Span, text: string) => Participant | null
  /** The participants with every mention that `addSpeaker` added, each participant's mentions in order. */
  finish: () => Participant[]
}

/** Mention starts in order, with the participant of each. */
interface Recency {
  starts: number[]
  owners: Participant[]
}

interface Draft {
  participant: Participant
  key: string
}

const possessive = /['’]s$/
// The span hashes of the gazetteer's names and the one-word organization names: a word whose hash is not here is neither.
const knownNameHashes: ReadonlySet<number> = new Set([...gazetteer.keys(), ...organizationNames].map((name) => spanHash(name, 0, name.length)))
const wordRun = /\S+/g
const letter = /\p{L}/u

const acronymShape = /^[A-Z]{2,6}$/
const lowerCaseLetter = /\p{Ll}/u

/**
 * Whether a word is an acronym that may name an organization: a listed
 * one, or capitals only and not a thing's (`TV`, `GDP`), in a paragraph
 * that is not all capitals (where `NET LOSS` is a headline's words).
 */
function isOrganizationAcronym(view: ParagraphView, word: string): boolean {
  if (organizationAcronyms.has(word)) return true
  return acronymShape.test(word) && !commonAcronyms.has(word) && !isShouting(view)
}

/** Whether the token is a part of a stock ticker in brackets (`BLDS` or `ST` of `<BLDS.ST>`). */
function isTickerPart(view: ParagraphView, token: number): boolean {
  const before = isMark(view, token - 1, '.') ? token - 3 : token - 1
  const after = isMark(view, token + 1, '.') ? token + 3 : token + 1
  if (before < 0 || after >= view.tokens.count) return false
  const close = tickerBrackets.get(tokenText(view, before))
  return close !== undefined && isMark(view, after, close)
}

const shouting = new WeakMap<ParagraphView, boolean>()

/** Whether the paragraph has no lower-case letter (an all-capitals headline), asked once per paragraph. */
function isShouting(view: ParagraphView): boolean {
  let known = shouting.get(view)
  if (known === undefined) {
    known = !lowerCaseLetter.test(view.text.slice(view.span.start, view.span.end))
    shouting.set(view, known)
  }
  return known
}

function stripPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1)
  return last === 0x73 || last === 0x53 ? word.replace(possessive, '') : word
}

/** Whether the token is a title word or a demonym (`President`, `Russian`). */
function isTitleToken(view: ParagraphView, token: number): boolean {
  return hasClass(view, token, WordClass.titleWord | WordClass.demonym)
}

/** Whether the token is an organization word, possessive or not (`Ministry`, `Ministry's`). */
function isOrganizationWord(view: ParagraphView, token: number): boolean {
  if (hasClass(view, token, WordClass.organizationSuffix)) return true
  // Only a word that ends in `'s` or `’s` (any case) is worth lower-casing.
  if (token < 0 || token >= view.tokens.count) return false
  const end = view.tokens.end[token]!
  const last = view.text.charCodeAt(end - 1)
  const mark = view.text.charCodeAt(end - 2)
  if (!((last === 0x73 || last === 0x53) && (mark === 0x27 || mark === 0x2019))) return false
  const lower = lowerAt(view, token)!
  return possessive.test(lower) && organizationSuffixes.has(stripPossessive(lower))
}

// Classes of words that are no surname, capitalized or not (`Officials said`, `He said`, `Russian officials`).
const notSurname = WordClass.sourceNoun | WordClass.personPronoun | WordClass.determiner | WordClass.titleWord | WordClass.demonym | WordClass.capitalizedStopword | WordClass.organizationSuffix | WordClass.timeStarter
// A word of a name: an initial, or a capital and a lower-case letter (`Ryan`, `D`, `O'Brien`; not `BOND`).
const nameWordShape = /^\p{Lu}(?:$|\p{Ll}|['’]\p{Lu})/u
// `Blair`, `DuVernay`, `McClaren`, `O'Brien` (not `MPs`, `BBC`).
const surnameShape = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{Ll}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)?$/u

/** Whether a lower-cased word, or its singular, is a listed word that names no one (`officials`, `ministers`, `the`). */
function isListedNoun(lower: string): boolean {
  if ((wordClassesOf(lower) & notSurname) !== 0) return true
  return lower.length > 3 && lower.endsWith('s') && (wordClassesOf(lower.slice(0, -1)) & notSurname) !== 0
}

/** Whether a lone capitalized speaker is a surname (`DuVernay said`), not a source noun or a place. */
function isSpeakerSurname(view: ParagraphView, token: number): boolean {
  if (hasClass(view, token, notSurname)) return false
  const word = tokenText(view, token)
  return surnameShape.test(word) && !gazetteer.has(word) && !isListedNoun(word.toLowerCase())
}

type Gender = 'male' | 'female'

// How many person mentions a pronoun looks back past one of the other gender: a bound, so resolution stays linear.
const maxPronounLookBack = 12

/** The gender the honorific or title words from just before `first` up to `nameFirst` say (`Mr.`, `Ms.`, `Congresswoman`), if any. */
function genderBefore(view: ParagraphView, first: number, nameFirst: number): Gender | undefined {
  for (let token = Math.max(0, first - 1); token <= nameFirst; token++) {
    const gender = genderedTitles.get(lowerAt(view, token)!)
    if (gender !== undefined) return gender
  }
  return undefined
}

/**
 * Where the person's name starts in a capitalized run that names them after
 * a title inside it (`House Speaker Paul Ryan` → `Paul`, `Secretary of
 * State John Kerry` → `John`), or -1: the name is one to three words after
 * the run's last title word, none of them a title, and either starts with a
 * known given name or holds no organization word (`Bank of England Governor
 * Mark Carney`, but not `Prime Minister's Office`).
 */
function titledName(view: ParagraphView, first: number, last: number): number {
  let title = last - 1
  while (title >= first && !(isTitleToken(view, title) && !isPossessiveAt(view.text, view.tokens.end[title]!))) title--
  if (title < first) return -1
  let words = 0
  let organizationWord = false
  for (let token = title + 1; token <= last; token++) {
    if (wordIs(view, token, '.')) continue
    if (!isCapitalized(view, token) || isTitleToken(view, token) || hasClass(view, token, WordClass.connector) || !nameWordShape.test(tokenText(view, token))) return -1
    if (isOrganizationWord(view, token)) organizationWord = true
    words++
  }
  if (words < 2 || words > 3 || thingNameEnds.has(stripPossessive(lowerAt(view, last)!))) return -1
  return hasClass(view, title + 1, WordClass.givenName) || !organizationWord ? title + 1 : -1
}

/** A name read with an honorific or spoken alone, decided once every full name is known. */
interface PendingName {
  name: string
  mention: TextField
  gender: Gender | undefined
  /** A lone capitalized word that speaks (`Yukos said`): a person unless the article shows it is an organization. */
  spoken: boolean
  /** The honorific takes a given name (`Sir Paul` of `Sir Paul McCartney`). */
  givenName: boolean
}

/**
 * What the entity stage knows of one article as it reads it. The stage's
 * steps are module functions over this one object (not closures in one
 * large function): each stays small enough to compile quickly and alone.
 */
interface EntityState {
  speakers: ReadonlyMap<number, number>
  people: Map<string, Draft>
  organizations: Map<string, Draft>
  places: Map<string, Place>
  /** `start:end` of every mention so far: a span is one participant's mention at most. */
  mentionKeys: Set<string>
  /** The spans of `mentionKeys`, in the order they were added. */
  mentionSpans: Span[]
  organizationAliases: Map<string, Participant>
  /** Participants in order of first sight, numbered per kind (`p1`, `o1`). */
  order: Participant[]
  personCount: number
  organizationCount: number
  pendingNames: PendingName[]
  /** Lone words that the article uses as an organization's name: `a Yukos spokesman`, `Gazprom shares`. */
  organizationEvidence: Set<string>
  /** Lone words that open a speaker span (`Brantwell, which supplies …, said`). */
  spokenWords: Set<string>
  /** What honorifics and titles say of people (`Mr. Amar`, `Rep. Jane Doe, a congresswoman`), for pronouns. */
  genders: Map<Participant, Gender>
  /** Surnames, family names and organization aliases, with whom each stands for. */
  aliasOwner: Map<string, Participant>
  /** Resolved pronouns by `start:end`. */
  pronounOwner: Map<string, Participant>
  /**
   * Once every name and pronoun is found (`settled`), mentions that linking
   * adds wait in `pending` (merged in order by `finish`) and go into the
   * recency index `added`; sorting or splicing each one in would cost quadratic time.
   */
  settled: boolean
  pending: Map<Participant, TextField[]>
  added: Map<string, Recency>
  /** The recency index of the mentions found before linking, built on first use. */
  found: Map<string, Recency> | null
  /** Every name mention by start, for linking spans in logarithmic time. */
  byStart: Array<{ mention: TextField; participant: Participant }>
  /** Which of two participants was named first: asked only of mentions that start together. */
  rank: (participant: Participant) => number
}

/**
 * Find the people, organizations and places of an article's paragraphs:
 * names from capitalized runs with evidence (a title or demonym before them,
 * an appositive after them, a known given name, a speech cue), organizations
 * by their last word, acronyms and `of`-phrases, places from a compact
 * gazetteer; then surnames, family names and pronouns as further mentions.
 *
 * @example
 * findEntities(views).participants.map((participant) => participant.name)
 * //=> ['Vladimir Putin', 'Wang Yi', …]
 */
export function findEntities(views: readonly ParagraphView[], speakers: ReadonlyMap<number, number> = new Map()): Entities {
  const order: Participant[] = []
  const state: EntityState = {
    speakers,
    people: new Map(),
    organizations: new Map(),
    places: new Map(),
    mentionKeys: new Set(),
    mentionSpans: [],
    organizationAliases: new Map(),
    order,
    personCount: 0,
    organizationCount: 0,
    pendingNames: [],
    organizationEvidence: new Set(),
    spokenWords: new Set(),
    genders: new Map(),
    aliasOwner: new Map(),
    pronounOwner: new Map(),
    settled: false,
    pending: new Map(),
    added: new Map(),
    found: null,
    byStart: [],
    rank: (participant) => order.indexOf(participant)
  }
  // Pass 1: full names, organizations and places.
  for (let index = 0; index < views.length; index++) {
    const view = views[index]!
    const runs = capitalizedRuns(view)
    for (let run = 0; run < runs.length; run++) readRun(state, view, runs[run]!)
  }
  settleNames(state)
  // Paragraphs, headline and captions in reading order, so that the cursors below only move forward.
  const inOrder = [...views].sort((left, right) => left.span.start - right.span.start)
  // Pass 2: surnames, family names and organization aliases alone; pronouns.
  findAliasMentions(state, inOrder)
  findPronouns(state, inOrder)
  for (const participant of order) participant.mentions.sort(byMentionStart)
  state.settled = true
  for (const participant of order) {
    for (const mention of participant.mentions) if (mention.text.length > 3 || !personPronouns.has(mention.text.toLowerCase())) state.byStart.push({ mention, participant })
  }
  state.byStart.sort((left, right) => left.mention.span.start - right.mention.span.start)
  return {
    participants: order,
    places: [...state.places.values()],
    participantIn: (span) => participantIn(state, span),
    addSpeaker: (span, text) => addSpeaker(state, span, text),
    finish: () => finish(state)
  }
}

function byMentionStart(left: TextField, right: TextField): number {
  return left.span.start - right.span.start
}

function addMention(state: EntityState, participant: Participant, field: TextField): void {
  const key = `${field.span.start}:${field.span.end}`
  if (state.mentionKeys.has(key)) return
  state.mentionKeys.add(key)
  state.mentionSpans.push(field.span)
  if (!state.settled) {
    participant.mentions.push(field)
    return
  }
  const waiting = state.pending.get(participant)
  if (waiting) waiting.push(field)
  else state.pending.set(participant, [field])
  track(participant, field.span.start, state.added)
}

/** The text field of tokens `first` to `last`. */
function field(view: ParagraphView, first: number, last: number): TextField {
  return { text: view.text.slice(view.tokens.start[first]!, view.tokens.end[last]!), span: { start: view.tokens.start[first]!, end: view.tokens.end[last]! } }
}

/** The participant of this name and kind, made and numbered (`p1`, `o1`) on first sight. */
function participantNamed(state: EntityState, kind: Participant['kind'], name: string): Participant {
  const drafts = kind === 'person' ? state.people : state.organizations
  const draft = drafts.get(name)
  if (draft) return draft.participant
  const id = kind === 'person' ? `p${++state.personCount}` : `o${++state.organizationCount}`
  const participant: Participant = { id, kind, name, aliases: [], descriptions: [], role: null, mentions: [] }
  drafts.set(name, { participant, key: name })
  state.order.push(participant)
  return participant
}

function person(state: EntityState, name: string): Participant {
  return participantNamed(state, 'person', name)
}

function organization(state: EntityState, name: string): Participant {
  return participantNamed(state, 'organization', name)
}

function addPlace(state: EntityState, written: string, span: Span): void {
  const entry = gazetteer.get(written)
  if (!entry) return
  let found = state.places.get(entry.name)
  if (!found) {
    found = { id: `l${state.places.size + 1}`, name: written, aliases: written === entry.name ? [] : [entry.name], kind: entry.kind, mentions: [] }
    state.places.set(entry.name, found)
  } else if (written !== found.name && !found.aliases.includes(written)) found.aliases.push(written)
  found.mentions.push({ text: written, span })
}

function describe(participant: Participant, description: string): void {
  if (description.length === 0 || participant.descriptions.includes(description)) return
  participant.descriptions.push(description)
  participant.role ??= roleOf(description)
}

function noteGender(state: EntityState, participant: Participant, gender: Gender | undefined): void {
  if (gender !== undefined && !state.genders.has(participant)) state.genders.set(participant, gender)
}

/** Pass 1 on one capitalized run: a name, an organization, a place, or a word kept for later. */
function readRun(state: EntityState, view: ParagraphView, run: Run): void {
  let first = run.first
  while (first <= run.last && hasClass(view, first, WordClass.capitalizedStopword)) first++
  if (first > run.last) return
  if (first === run.last) readLoneWord(state, view, first)
  else readNameRun(state, view, first, run.last)
}

/** One word: a place, a known acronym or alias, or nothing yet (surnames come in pass 2). */
function readLoneWord(state: EntityState, view: ParagraphView, first: number): void {
  // Most such words (sentence openers, surnames) are none: tell without a slice when possible.
  const wordStart = view.tokens.start[first]!
  const wordEnd = view.tokens.end[first]! - (isPossessiveAt(view.text, view.tokens.end[first]!) ? 2 : 0)
  // `DuVernay said`: a surname that speaks names a person now, so that `she` after it can point at her.
  // (Most lone capitalized words open a sentence, `The`, `He`: their classes rule them out before the look-up.)
  if (!hasClass(view, first, notSurname) && state.speakers.get(wordStart) === wordEnd && wordEnd === view.tokens.end[first] && isSpeakerSurname(view, first) && !organizationNames.has(tokenText(view, first))) {
    state.pendingNames.push({ name: tokenText(view, first), mention: field(view, first, first), gender: undefined, spoken: true, givenName: false })
    return
  }
  if (wordEnd === view.tokens.end[first] && !hasClass(view, first, notSurname)) {
    if (organizationRoleNouns.has(listedAt(view, first + 1) ?? '')) state.organizationEvidence.add(tokenText(view, first))
    // `Brantwell, which supplies the mine's trucks, said`: a speaker phrase that opens with the word.
    if (state.speakers.has(wordStart)) state.spokenWords.add(tokenText(view, first))
  }
  const couldBeAcronym = wordEnd - wordStart >= 2 && wordEnd - wordStart <= 6
  if (state.organizationAliases.size === 0 && !couldBeAcronym && !knownNameHashes.has(spanHash(view.text, wordStart, wordEnd))) return
  const word = stripPossessive(tokenText(view, first))
  const alias = state.organizationAliases.get(word)
  if (alias) addMention(state, alias, field(view, first, first))
  else if (organizationNames.has(word)) addMention(state, organization(state, word), { text: word, span: { start: wordStart, end: wordEnd } })
  else if (gazetteer.has(word)) addPlace(state, word, { start: view.tokens.start[first]!, end: view.tokens.start[first]! + word.length })
  else if (word.length >= 2 && word.length <= 6 && isOrganizationAcronym(view, word) && (organizationAcronyms.has(word) || !demonyms.has(word.toLowerCase())) && !isTickerPart(view, first)) {
    addMention(state, organization(state, word), field(view, first, first))
  }
}

/** Several words: an organization, a place, or a person's name with what the text says of them. */
function readNameRun(state: EntityState, view: ParagraphView, first: number, last: number): void {
  // A title or demonym before the name describes it: `Chinese top diplomat Wang Yi`.
  let descriptorStart = first
  while (descriptorStart - 1 >= 0 && isTitleToken(view, descriptorStart - 1) && !isMark(view, descriptorStart - 1, ',')) descriptorStart--
  let nameFirst = first
  while (nameFirst < last && isTitleToken(view, nameFirst) && !hasClass(view, last, WordClass.organizationSuffix)) nameFirst++
  // `House Speaker Paul Ryan`, `Secretary of State John Kerry`, `Atlantic City Mayor Don Guardian`:
  // a title inside the run ends the description, and the name after it is a person's.
  const titled = titledName(view, nameFirst, last)
  if (titled !== -1) nameFirst = titled
  // `Mr. Amar`: the abbreviation's period belongs to the title, not the name.
  while (nameFirst < last && wordIs(view, nameFirst, '.')) nameFirst++
  const written = tokensText(view, nameFirst, last)
  const bare = stripPossessive(written)
  const knownAlias = state.organizationAliases.size === 0 ? undefined : state.organizationAliases.get(bare)
  if (knownAlias && nameFirst === last) {
    addMention(state, knownAlias, field(view, nameFirst, last))
    return
  }
  if (nameFirst === first && organizationNames.has(bare)) {
    addMention(state, organization(state, bare), { text: bare, span: { start: view.tokens.start[first]!, end: view.tokens.start[first]! + bare.length } })
    return
  }
  let hasSuffix = false
  if (titled === -1) for (let token = first + 1; token <= last; token++) if (isOrganizationWord(view, token)) hasSuffix = true
  // An acronym is one short word: most names are passed over without the look-ups.
  const short = bare.length <= 6
  if (hasSuffix || (short && organizationAcronyms.has(bare)) || (short && isOrganizationAcronym(view, bare) && !gazetteer.has(bare))) {
    readOrganizations(state, view, first, last)
    return
  }
  if (knownNameHashes.has(spanHash(bare, 0, bare.length)) && gazetteer.has(bare)) {
    addPlace(state, bare, { start: view.tokens.start[nameFirst]!, end: view.tokens.start[nameFirst]! + bare.length })
    return
  }
  const words = nameWordCount(bare)
  const titleBefore = wordIs(view, nameFirst - 1, '.') ? nameFirst - 2 : nameFirst - 1
  const honorific = hasClass(view, nameFirst, WordClass.honorific) || hasClass(view, titleBefore, WordClass.honorific)
  // `Mr. Amar`: after an honorific one word is a name (but not a title: `the Lord Chancellor`).
  const named = words > 0 && (words >= 2 || (honorific && !hasClass(view, nameFirst, WordClass.titleWord))) && words <= 4
  if (!named) return
  // Read once: it is evidence, and then the descriptions.
  const appositive = appositiveAfter(view, last)
  // A name right after the cue of a statement whose speaker it is (`…," said Tomas Ekberg, co-author …`) is a person's.
  const spokenName = state.speakers.get(view.tokens.start[nameFirst]!) === view.tokens.end[last] && hasClass(view, first - 1, WordClass.speechCue) && isPlainName(view, nameFirst, last)
  const evidence = descriptorStart < nameFirst || honorific || hasClass(view, nameFirst, WordClass.givenName) || appositive !== null || hasClass(view, last + 1, WordClass.speechCue) || spokenName
  if (!evidence) return
  const gender = genderBefore(view, descriptorStart, nameFirst)
  if (words === 1) {
    // `Mr. Trump` may be the `Donald J. Trump` of another paragraph: decided after this pass.
    state.pendingNames.push({ name: bare, mention: field(view, nameFirst, last), gender, spoken: false, givenName: givenNameHonorifics.has(lowerAt(view, titleBefore) ?? '') })
    return
  }
  const participant = person(state, bare)
  noteGender(state, participant, gender)
  addMention(state, participant, field(view, nameFirst, last))
  if (descriptorStart < nameFirst) describe(participant, tokensText(view, descriptorStart, nameFirst - 1))
  for (const description of appositive ?? []) describe(participant, description)
}

/** The organizations of a run with an organization word or acronym (`Communist Party of China (CPC)`). */
function readOrganizations(state: EntityState, view: ParagraphView, first: number, last: number): void {
  for (const [orgFirst, orgLast] of organizationParts(view, first, last)) {
    const name = stripPossessive(tokensText(view, orgFirst, orgLast))
    if (name.split(' ').length < 2 && !isOrganizationAcronym(view, name)) continue
    const participant = organization(state, name)
    addMention(state, participant, field(view, orgFirst, orgLast))
    // `Communist Party of China (CPC)`: the bracketed acronym is an alias.
    if (isMark(view, orgLast + 1, '(') && isMark(view, orgLast + 3, ')') && acronymShape.test(tokenText(view, orgLast + 2))) {
      const acronym = tokenText(view, orgLast + 2)
      if (!participant.aliases.includes(acronym)) participant.aliases.push(acronym)
      state.organizationAliases.set(acronym, participant)
      addMention(state, participant, field(view, orgLast + 2, orgLast + 2))
    }
  }
}

/** After pass 1: names read alone become participants, and who may stand alone for whom is settled. */
function settleNames(state: EntityState): void {
  // `Mr. Amar` alone is a person of that name, unless a full name ends with it.
  const surnames = new Map<string, Participant>()
  // `Sir Paul` after `Sir Paul McCartney`: the given name of one full name only.
  const givenNames = new Map<string, Participant | null>()
  for (const { participant } of state.people.values()) {
    const surname = surnameOf(participant.name)
    if (surname !== null && !surnames.has(surname)) surnames.set(surname, participant)
    const space = participant.name.indexOf(' ')
    if (space === -1) continue
    const given = participant.name.slice(0, space)
    givenNames.set(given, givenNames.has(given) ? null : participant)
  }
  for (const { name, mention, gender, spoken, givenName } of state.pendingNames) {
    const full = surnames.get(name) ?? (givenName ? (givenNames.get(name) ?? undefined) : undefined)
    if (full && !full.aliases.includes(name)) full.aliases.push(name)
    const participant = full ?? (spoken && state.organizationEvidence.has(name) ? organization(state, name) : person(state, name))
    noteGender(state, participant, gender)
    addMention(state, participant, mention)
  }
  // Its mentions come in pass 2, as those of any one-word organization name.
  for (const word of state.spokenWords) if (state.organizationEvidence.has(word) && !state.people.has(word)) organization(state, word)

  for (const { participant } of state.people.values()) {
    const alias = surnameOf(participant.name)
    if (alias !== null && !state.aliasOwner.has(alias)) state.aliasOwner.set(alias, participant)
  }
  for (const { participant } of state.organizations.values()) {
    for (const alias of participant.aliases) state.aliasOwner.set(alias, participant)
    // A one-word name (`Gazprom`) stands for its organization wherever it is not a mention yet (`a Gazprom spokesman`).
    if (organizationNames.has(participant.name) || state.organizationEvidence.has(participant.name)) state.aliasOwner.set(participant.name, participant)
  }
}

/** Pass 2: every capitalized word that is an alias (`Putin`, `Wang`, `CPC`) and no part of a mention yet. */
function findAliasMentions(state: EntityState, inOrder: readonly ParagraphView[]): void {
  // The aliases' span hashes, so that most capitalized words are passed over without a slice and a look-up.
  const aliasHashes = new Set<number>()
  for (const alias of state.aliasOwner.keys()) aliasHashes.add(spanHash(alias, 0, alias.length))
  const usedAliases = new Map<Participant, Set<string>>()
  const named = state.mentionSpans.slice().sort((left, right) => left.start - right.start)
  let namedCursor = 0
  let coveredUntil = -1
  for (let index = 0; index < inOrder.length; index++) {
    const view = inOrder[index]!
    for (let token = 0; token < view.tokens.count; token++) {
      const tokenStart = view.tokens.start[token]!
      // Aliases are capitalized: skip every other token without slicing it.
      if (!isCapitalized(view, token)) continue
      const tokenEnd = view.tokens.end[token]!
      const bareLength = tokenEnd - tokenStart - (isPossessiveAt(view.text, tokenEnd) ? 2 : 0)
      if (!aliasHashes.has(spanHash(view.text, tokenStart, tokenStart + bareLength))) continue
      const word = stripPossessive(tokenText(view, token))
      const owner = state.aliasOwner.get(word)
      if (!owner) continue
      while (namedCursor < named.length && named[namedCursor]!.start <= tokenStart) coveredUntil = Math.max(coveredUntil, named[namedCursor++]!.end)
      if (tokenStart < coveredUntil) continue
      addMention(state, owner, { text: word, span: { start: tokenStart, end: tokenStart + word.length } })
      if (owner.kind === 'person') {
        const used = usedAliases.get(owner) ?? new Set<string>()
        used.add(word)
        usedAliases.set(owner, used)
      }
    }
  }
  for (const [participant, used] of usedAliases) for (const alias of used) if (!participant.aliases.includes(alias)) participant.aliases.push(alias)
}

/** Pronouns: `he` and `she` point at the most recent person named before them that fits. */
function findPronouns(state: EntityState, inOrder: readonly ParagraphView[]): void {
  const personMentions: Array<{ start: number; participant: Participant }> = []
  for (const participant of state.order) {
    if (participant.kind === 'person') for (const mention of participant.mentions) personMentions.push({ start: mention.span.start, participant })
  }
  personMentions.sort((left, right) => left.start - right.start)
  let cursor = 0
  let recent: Participant | null = null
  for (let index = 0; index < inOrder.length; index++) {
    const view = inOrder[index]!
    if ((view.classesPresent & WordClass.personPronoun) === 0) continue
    for (let token = 0; token < view.tokens.count; token++) {
      if (!hasClass(view, token, WordClass.personPronoun)) continue
      const start = view.tokens.start[token]!
      while (cursor < personMentions.length && personMentions[cursor]!.start < start) recent = personMentions[cursor++]!.participant
      const lower = lowerAt(view, token)!
      const gender = lower === 'he' || lower === 'him' || lower === 'his' ? 'male' : lower === 'she' || lower === 'her' ? 'female' : undefined
      if (recent === null || gender === undefined) continue
      // The most recent person the pronoun can stand for: `she` passes over `Mr. Sanders` to the woman named before him.
      let owner: Participant | null = recent
      for (let back = cursor - 1, steps = 0; owner !== null && state.genders.get(owner) !== undefined && state.genders.get(owner) !== gender; back--, steps++) {
        owner = back > 0 && steps < maxPronounLookBack ? personMentions[back - 1]!.participant : null
      }
      if (owner === null) continue
      state.pronounOwner.set(`${start}:${view.tokens.end[token]}`, owner)
      owner.mentions.push({ text: tokenText(view, token), span: { start, end: view.tokens.end[token]! } })
    }
  }
}

// `the company`, `the president`: for each organization word and title word, the starts of
// the mentions that fit it, in order, so that the most recent one before a span is a binary
// search. Mentions found before linking are indexed once, sorted; those linking adds come in
// text order, so they are appended to a second index (spliced in only when out of order).

function recencyKeys(participant: Participant): string[] {
  return participant.kind === 'organization' ? ['organization'] : (participant.role?.title.toLowerCase().split(' ').map((word) => `title:${word}`) ?? [])
}

function track(participant: Participant, start: number, index: Map<string, Recency>): void {
  // Linking adds in text order: appended, or spliced in when out of order.
  for (const key of recencyKeys(participant)) {
    let list = index.get(key)
    if (!list) {
      list = { starts: [], owners: [] }
      index.set(key, list)
    }
    if (list.starts.length === 0 || list.starts.at(-1)! <= start) {
      list.starts.push(start)
      list.owners.push(participant)
    } else {
      const at = upperBound(list.starts, start, (value) => value)
      list.starts.splice(at, 0, start)
      list.owners.splice(at, 0, participant)
    }
  }
}

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
function participantIn(state: EntityState, span: Span): Participant | null {
  const pronoun = state.pronounOwner.get(`${span.start}:${span.end}`)
  if (pronoun) return pronoun
  const byStart = state.byStart
  let low = 0
  let high = byStart.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (byStart[middle]!.mention.span.start < span.start) low = middle + 1
    else high = middle
  }
  // The first mention inside the span that is not a possessive (`Trump's campaign manager, Corey Lewandowski`).
  let fallback: Participant | null = null
  for (let index = low; index < byStart.length && byStart[index]!.mention.span.start < span.end; index++) {
    const { mention, participant } = byStart[index]!
    if (mention.span.end > span.end) continue
    if (!possessive.test(mention.text)) return participant
    fallback ??= participant
  }
  return fallback
}

/** `the company`, `the president`: the most recent participant of that kind or title named before. */
function definiteMention(state: EntityState, span: Span, text: string): Participant | null {
  const words = text.split(' ')
  if (words.length !== 2 || (words[0] !== 'the' && words[0] !== 'The')) return null
  const noun = words[1]!.toLowerCase()
  const organizationNoun = organizationSuffixes.has(noun)
  if (!organizationNoun && !roleHeads.has(noun)) return null
  const key = organizationNoun ? 'organization' : `title:${noun}`
  const before = [latestBefore(foundIndex(state).get(key), span.start, state.rank), latestBefore(state.added.get(key), span.start, state.rank)]
  // The later of the two; at the same start, the participant named first (as a scan in order would pick).
  const best = before.reduce<{ start: number; owner: Participant } | null>((left, right) => {
    if (left === null || right === null) return left ?? right
    if (left.start !== right.start) return left.start > right.start ? left : right
    return state.rank(left.owner) <= state.rank(right.owner) ? left : right
  }, null)?.owner
  if (best === undefined) return null
  addMention(state, best, { text, span })
  return best
}

/** The participant of a speaker phrase that no earlier step knew (`Woolson said`, `the finance ministry`), made if need be. */
function addSpeaker(state: EntityState, span: Span, text: string): Participant | null {
  const definite = definiteMention(state, span, text)
  if (definite) return definite
  // The name is what stands before an appositive: `Mayra Gonzalez, a cook at the Taj`.
  const comma = text.indexOf(',')
  const head = comma === -1 ? text : text.slice(0, comma)
  // Each word with where it stands, so that a mention is the input as written (`Tom\nReed`).
  const placed = [...head.matchAll(wordRun)].map((match) => ({ word: match[0], at: match.index }))
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
  if (organizationSuffixes.has(lastWord) && named.length >= 2 && named.length <= 4 && named.every((word) => letter.test(word))) {
    // `the finance ministry`, `the state news agency` (but not a bare `the company`)
    const mention = mentionFrom(firstNamed)
    const participant = organization(state, foldWhitespace(mention.text))
    addMention(state, participant, mention)
    return participant
  }
  // `resident Mayra Gonzalez`, `Ms. Gil`: the name starts at the first capitalized word that is not a title.
  const firstName = words.findIndex((word) => /^[A-Z]/.test(word) && !honorifics.has(word.toLowerCase().replace(/\.$/, '')) && !titleWords.has(word.toLowerCase()))
  const clean = firstName === -1 ? [] : words.slice(firstName)
  if (clean.length === 0 || clean.length > 3 || !clean.every((word) => /^[A-Z][a-z]/.test(word)) || clean.some((word) => capitalizedStopwords.has(word.toLowerCase()) || gazetteer.has(word))) return null
  // `Officials said`, `Analysts said`: a capitalized source noun is no name.
  if (clean.length === 1 && isListedNoun(stripPossessive(clean[0]!).toLowerCase())) return null
  const mention = mentionFrom(firstName)
  const name = foldWhitespace(mention.text)
  const known = state.aliasOwner.get(name) ?? state.people.get(name)?.participant
  const participant = known ?? (organizationNames.has(name) || state.organizationEvidence.has(name) ? organization(state, name) : person(state, name))
  addMention(state, participant, mention)
  return participant
}

/** The participants, with the mentions that linking added merged in order. */
function finish(state: EntityState): Participant[] {
  for (const [participant, fields] of state.pending) {
    participant.mentions.push(...fields)
    participant.mentions.sort(byMentionStart)
  }
  state.pending.clear()
  return state.order
}

/** Whether the tokens are capitalized words and initials only, none possessive (`Tomas Ekberg`, `J. J. Price`, not `BT's Andrew Burke`). */
function isPlainName(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) {
    if (wordIs(view, token, '.') && token > first) continue
    if (!isCapitalized(view, token) || hasClass(view, token, notSurname | WordClass.honorific) || isPossessiveAt(view.text, view.tokens.end[token]!)) return false
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
function surnameOf(name: string): string | null {
  const space = name.indexOf(' ')
  if (space === -1) return null
  const first = name.slice(0, space)
  const twoWords = name.indexOf(' ', space + 1) === -1
  return twoWords && familyNameFirst.has(first.toLowerCase()) && !givenNames.has(first.toLowerCase()) ? first : name.slice(name.lastIndexOf(' ') + 1)
}

/** Whether the text before `end` is the possessive ending that `stripPossessive` removes, `'s` or `’s`. */
function isPossessiveAt(text: string, end: number): boolean {
  const mark = text.charCodeAt(end - 2)
  return text.charCodeAt(end - 1) === 0x73 && (mark === 0x27 || mark === 0x2019)
}

/**
 * How many space-separated words `name` has, or 0 when one of them neither
 * starts with a capital letter nor is short enough to be a particle (`bin`, `J.`).
 */
function nameWordCount(name: string): number {
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

/** Sort an index by start; at the same start, the participant named first comes first. */
function sortRecency(list: Recency, rank: (participant: Participant) => number): void {
  const entries = list.starts.map((start, index) => ({ start, owner: list.owners[index]! }))
  entries.sort((left, right) => left.start - right.start || rank(left.owner) - rank(right.owner))
  list.starts = entries.map((entry) => entry.start)
  list.owners = entries.map((entry) => entry.owner)
}

/** The latest mention in `list` that starts before `start` (at the same start, the participant named first), or null. */
function latestBefore(list: Recency | undefined, start: number, rank: (participant: Participant) => number): { start: number; owner: Participant } | null {
  if (list === undefined) return null
  const latest = upperBound(list.starts, start - 1, (value) => value) - 1
  if (latest < 0) return null
  let owner = list.owners[latest]!
  for (let tie = latest - 1; tie >= 0 && list.starts[tie] === list.starts[latest]; tie--) if (rank(list.owners[tie]!) < rank(owner)) owner = list.owners[tie]!
  return { start: list.starts[latest]!, owner }
}

/** The index of the first item whose key is greater than `value` (items sorted by key). */
function upperBound<Item>(items: readonly Item[], value: number, key: (item: Item) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (key(items[middle]!) <= value) low = middle + 1
    else high = middle
  }
  return low
}

function tokensText(view: ParagraphView, first: number, last: number): string {
  // Tokens joined by single spaces are the common case: no need to fold.
  let single = true
  for (let token = first; token < last && single; token++) {
    const gap = view.tokens.start[token + 1]! - view.tokens.end[token]!
    single = gap === 0 || (gap === 1 && view.text.charCodeAt(view.tokens.end[token]!) === 0x20)
  }
  const written = view.text.slice(view.tokens.start[first]!, view.tokens.end[last]!)
  return single ? written : written.replace(/\s+/g, ' ')
}

/**
 * Cut a capitalized run into organization names at `of`: a part that ends
 * with an organization word, extended by `of [the] Place` when a place
 * follows (`Communist Party of China`, `Security Council of the Russian
 * Federation`).
 */
function organizationParts(view: ParagraphView, first: number, last: number): Array<[number, number]> {
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
    if (organizationSuffixes.has(word) || organizationAcronyms.has(tokensText(view, start, end)) || (start === end && isOrganizationAcronym(view, tokenText(view, start)))) {
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

/**
 * Descriptions in an appositive after a name: `, a member of … and director
 * of …,` or `, Russian Foreign Minister,`. Returns null when none follows.
 */
function appositiveAfter(view: ParagraphView, last: number): string[] | null {
  if (!isMark(view, last + 1, ',')) return null
  let first = last + 2
  if (wordIs(view, first, 'a') || wordIs(view, first, 'an') || wordIs(view, first, 'the')) first++
  if (!isTitleToken(view, first)) return null
  let end = first
  while (end + 1 < view.tokens.count && !isMark(view, end + 1, ',') && !isSentenceEnd(view, end + 1)) {
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

/**
 * Split a description into a role: `Russian President` → President of
 * Russia; `secretary of the Security Council of the Russian Federation` →
 * secretary of that council; `Chinese top diplomat` → top diplomat of China.
 */
export function roleOf(description: string): Role | null {
  const words = description.split(' ')
  // `Former Secretary of State`, `Russian Chief of Staff`: the whole office is the title.
  const lowered = description.toLowerCase()
  if (compoundTitles.some((title) => lowered === title || lowered.endsWith(` ${title}`))) {
    const country = words.length > 1 ? demonyms.get(words[0]!.toLowerCase()) : undefined
    return { title: country ? words.slice(1).join(' ') : description, affiliation: country ?? null }
  }
  const of = words.findIndex((word, index) => index > 0 && (word === 'of' || word === 'for' || word === 'at' || word === 'to'))
  if (of > 0) {
    const title = words.slice(0, of).join(' ')
    let rest = words.slice(of + 1)
    if (rest[0] === 'the') rest = rest.slice(1)
    if (!words.slice(0, of).some((word) => roleHeads.has(word.toLowerCase()))) return null
    return { title, affiliation: rest.join(' ') || null }
  }
  let affiliation: string | null = null
  const titleWordsOnly: string[] = []
  for (const word of words) {
    const country = demonyms.get(word.toLowerCase())
    if (country && affiliation === null && titleWordsOnly.length === 0) affiliation = country
    else if (!honorifics.has(word.toLowerCase().replace(/\.$/, ''))) titleWordsOnly.push(word)
  }
  if (titleWordsOnly.length === 0 || !titleWordsOnly.some((word) => roleHeads.has(word.toLowerCase()))) return null
  return { title: titleWordsOnly.join(' '), affiliation }
}
