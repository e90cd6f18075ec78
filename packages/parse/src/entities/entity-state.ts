// The entity stage's state for one article, and the steps that add to it: participants numbered on first sight, mentions (one participant per span), places, descriptions.
import type { Participant, Place, Span, TextField } from '@newsdoc/core'
import { gazetteer } from '../lexicon/gazetteer.js'
import { organizationNames } from '../lexicon/organization-names.js'
import { givenNames, nameParticles } from '../lexicon/given-names.js'
import { legalForms, wholeNameEnds } from '../lexicon/organization-suffixes.js'
import type { ParagraphView } from '../statements/paragraph-view.js'
import { tokenEnd, tokenStart } from '../statements/paragraph-view.js'
import type { Recency } from './recency.js'
import { track } from './recency.js'
import type { Gender } from './name-phrases.js'
import { roleOf } from './roles.js'
import { acronymShape } from './name-words.js'

interface Draft {
  participant: Participant
  key: string
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
  /** What a title before the name or an appositive after it says of the person (`Energy Minister` of `Energy Minister Subroto`). */
  descriptions: string[]
}

/**
 * What the entity stage knows of one article as it reads it. The stage's
 * steps are module functions over this one object (not closures in one
 * large function): each stays small enough to compile quickly and alone.
 */
export interface EntityState {
  /** The article's text, into which every span points. */
  text: string
  speakers: ReadonlyMap<number, number>
  /** The starts of speaker phrases whose statement opens with `it` for the speaker (`Hall said it intends …`). */
  selfReferring: ReadonlySet<number>
  people: Map<string, Draft>
  organizations: Map<string, Draft>
  places: Map<string, Place>
  /** `start:end` of every mention so far: a span is one participant's mention at most. */
  /**
   * Where the mentions so far end, by start (a span is one participant's
   * mention at most); `start:end` keys for the few spans that start where
   * another mention starts. Numbers, not a string per mention: a long
   * article has hundreds of thousands.
   */
  mentionEnds: Map<number, number>
  otherMentionKeys: Set<string>
  /** The spans of the mentions, in the order they were added. */
  mentionSpans: Span[]
  organizationAliases: Map<string, Participant>
  /** Each word-suffix of two words or more of a person's longer name (`Le Pen` of `Marine Le Pen`), with the person, or null when several share it. */
  personSuffixes: Map<string, Participant | null>
  /** Each proper word-prefix of an organization's name (`Walker Energy` of `Walker Energy Partners`), with its organization, or null when several share it. */
  organizationPrefixes: Map<string, Participant | null>
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
  /** Resolved pronouns by start, with where each ends. */
  pronounOwner: Map<number, { end: number; owner: Participant }>
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
  /**
   * Every name mention by start, for linking spans in logarithmic time: in
   * parallel arrays (start, end, whether possessive, participant), searched
   * without reading a mention object, which in a long article is a cache miss each.
   */
  nameStarts: Float64Array
  nameEnds: Float64Array
  namePossessive: Uint8Array
  nameOwners: Participant[]
  /** Which of two participants was named first: asked only of mentions that start together. */
  rank: (participant: Participant) => number
}

/** A fresh state for one article, with the statements' speaker spans (`start` → `end`) and which of them refer to themselves as `it`. */
export function newEntityState(text: string, speakers: ReadonlyMap<number, number>, selfReferring: ReadonlySet<number> = new Set()): EntityState {
  const order: Participant[] = []
  return {
    text,
    speakers,
    selfReferring,
    people: new Map(),
    organizations: new Map(),
    places: new Map(),
    mentionEnds: new Map(),
    otherMentionKeys: new Set(),
    mentionSpans: [],
    organizationAliases: new Map(),
    organizationPrefixes: new Map(),
    personSuffixes: new Map(),
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
    nameStarts: new Float64Array(0),
    nameEnds: new Float64Array(0),
    namePossessive: new Uint8Array(0),
    nameOwners: [],
    rank: (participant) => order.indexOf(participant)
  }
}

export function byMentionStart(left: TextField, right: TextField): number {
  return left.span.start - right.span.start
}

export function addMention(state: EntityState, participant: Participant, field: TextField): void {
  if (!claimSpan(state, field.span.start, field.span.end)) return
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

/** Claim a span for one mention: false when a mention has it already. */
function claimSpan(state: EntityState, start: number, end: number): boolean {
  const known = state.mentionEnds.get(start)
  if (known === undefined) {
    state.mentionEnds.set(start, end)
    return true
  }
  if (known === end) return false
  const key = `${start}:${end}`
  if (state.otherMentionKeys.has(key)) return false
  state.otherMentionKeys.add(key)
  return true
}

/** The text field of tokens `first` to `last`. */
export function field(view: ParagraphView, first: number, last: number): TextField {
  return { text: view.text.slice(tokenStart(view, first)!, tokenEnd(view, last)!), span: { start: tokenStart(view, first)!, end: tokenEnd(view, last)! } }
}

/** The participant of this name and kind, made and numbered (`p1`, `o1`) on first sight. */
function participantNamed(state: EntityState, kind: Participant['kind'], name: string): Participant {
  const drafts = kind === 'person' ? state.people : state.organizations
  const draft = drafts.get(name)
  if (draft) return draft.participant
  const id = kind === 'person' ? `p${++state.personCount}` : `o${++state.organizationCount}`
  const participant: Participant = { id, kind, name, aliases: [], descriptions: [], role: null, mentions: [] }
  drafts.set(name, { participant, key: name })
  if (kind === 'person') {
    // Suffixes of two words or more: `Le Pen` and `Ortiz Mena` are the family names of `Marine Le Pen` and `Antonio Ortiz Mena`.
    // Only after a given name (`Fly-half Stephen Jones` or a headline's `On Hillary Clinton` is no full name of
    // `Stephen Jones`), or for a family name with a particle (`Le Pen`, `De Croo`, `Van Voorhis`).
    const givenFirst = givenNames.has(name.slice(0, name.indexOf(' ')).toLowerCase())
    for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) {
      const suffix = name.slice(space + 1)
      if (!suffix.includes(' ')) break
      if (!givenFirst && !nameParticles.has(suffix.slice(0, suffix.indexOf(' ')).toLowerCase())) continue
      state.personSuffixes.set(suffix, state.personSuffixes.has(suffix) ? null : participant)
    }
  }
  if (kind === 'organization') {
    for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) {
      const prefix = name.slice(0, space)
      state.organizationPrefixes.set(prefix, state.organizationPrefixes.has(prefix) ? null : participant)
    }
  }
  state.order.push(participant)
  return participant
}

export function person(state: EntityState, name: string): Participant {
  // `Le Pen said` after `Marine Le Pen`: a family name of two words is the person named in full before.
  const longer = state.people.has(name) ? undefined : state.personSuffixes.get(name)
  if (longer) {
    if (!longer.aliases.includes(name)) longer.aliases.push(name)
    return longer
  }
  return participantNamed(state, 'person', name)
}

export function organization(state: EntityState, name: string): Participant {
  // `General Motors` after `General Motors Corp` is that company.
  const known = state.organizations.get(name)?.participant ?? state.organizationAliases.get(name)
  if (known) return known
  // `Nortel` after `Nortel Networks`, `Labour` after `Labour Party`: a one-word name that opens one organization's name is it.
  if (!name.includes(' ')) {
    const opened = organizationOpenedBy(state, name)
    const lastWord = opened?.name.slice(opened.name.lastIndexOf(' ') + 1)
    if (opened && lastWord !== undefined && (isLegalForm(lastWord) || wholeNameEnds.has(lastWord.toLowerCase()))) {
      opened.aliases.push(name)
      state.organizationAliases.set(name, opened)
      return opened
    }
  }
  const participant = participantNamed(state, 'organization', name)
  const short = withoutLegalForm(name)
  if (short !== null && !state.organizations.has(short) && !state.organizationAliases.has(short)) {
    participant.aliases.push(short)
    state.organizationAliases.set(short, participant)
  }
  return participant
}

// Every way news writes a legal form (`inc`, `Inc`, `INC`, `Inc.`; `SpA`, `GmbH` as the lists have them), so that a look-up makes no string.
const legalFormSpellings: ReadonlySet<string> = new Set(
  [...legalForms].flatMap((form) => [form, form.toUpperCase(), form[0]!.toUpperCase() + form.slice(1), ...(form === 'spa' ? ['SpA'] : form === 'gmbh' ? ['GmbH'] : [])]).flatMap((spelling) => [spelling, `${spelling}.`])
)

/** Whether the word, in any usual case and with or without a period, is a legal form (`Inc.`, `CORP`). */
function isLegalForm(word: string): boolean {
  return legalFormSpellings.has(word)
}

/**
 * The one organization so far whose name starts with `word` and a space
 * (undefined when none or several do): a map look-up, so that it costs the
 * same however many organizations an article names.
 *
 * @example
 * organization(state, 'Walker Energy Partners')
 * organizationOpenedBy(state, 'Walker Energy')?.name
 * //=> 'Walker Energy Partners'
 */
export function organizationOpenedBy(state: EntityState, word: string): Participant | undefined {
  return state.organizationPrefixes.get(word) ?? undefined
}

/**
 * A company's name without its legal form (`General Motors` for `General
 * Motors Corp`, `Merrill Lynch` for `Merrill Lynch and Co Inc`); null when
 * it has none, or when what is left is one word that is no known name
 * (`Smith Inc` leaves `Smith`, which may be anyone).
 */
function withoutLegalForm(name: string): string | null {
  // Most names end in no legal form: tell from the last word before splitting.
  if (!isLegalForm(name.slice(name.lastIndexOf(' ') + 1))) return null
  const words = name.split(' ')
  let kept = words.length
  while (kept > 1 && isLegalForm(words[kept - 1]!)) {
    kept--
    if (kept > 1 && (words[kept - 1] === 'and' || words[kept - 1] === '&')) kept--
  }
  if (kept === words.length || kept === 0) return null
  const short = words.slice(0, kept).join(' ')
  return kept >= 2 || organizationNames.has(short) || acronymShape.test(short) ? short : null
}

export function addPlace(state: EntityState, written: string, span: Span): void {
  const entry = gazetteer.get(written)
  if (!entry) return
  let found = state.places.get(entry.name)
  if (!found) {
    found = { id: `l${state.places.size + 1}`, name: written, aliases: written === entry.name ? [] : [entry.name], kind: entry.kind, mentions: [] }
    state.places.set(entry.name, found)
  } else if (written !== found.name && !found.aliases.includes(written)) found.aliases.push(written)
  found.mentions.push({ text: written, span })
}

export function describe(participant: Participant, description: string): void {
  if (description.length === 0 || participant.descriptions.includes(description)) return
  participant.descriptions.push(description)
  participant.role ??= roleOf(description)
}

export function noteGender(state: EntityState, participant: Participant, gender: Gender | undefined): void {
  if (gender !== undefined && !state.genders.has(participant)) state.genders.set(participant, gender)
}
