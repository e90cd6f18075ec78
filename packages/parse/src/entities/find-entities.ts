import type { Participant, Place, Span, TextField } from '@newsdoc/core'
import { personPronouns } from '../lexicon/pronouns.js'
import type { ParagraphView } from '../statements/paragraph-view.js'
import { capitalizedRuns } from './capitalized-runs.js'
import type { EntityState } from './entity-state.js'
import { addMention, byMentionStart, newEntityState } from './entity-state.js'
import { possessive } from './name-words.js'
import { readRun, settleNames } from './read-names.js'
import { findAliasMentions, findPronouns } from './later-mentions.js'
import { addSpeaker, finish, participantIn } from './link-mentions.js'

/** What the entity stage finds: participants, places, and a way to link a span to them. */
export interface Entities {
  participants: Participant[]
  places: Place[]
  /** The participant a span refers to: a mention inside it, or a resolved pronoun. */
  participantIn: (span: Span) => Participant | null
  /** Add a person named by a speaker phrase that no earlier stage knew (`Woolson said`). */
  addSpeaker: (span: Span, text: string) => Participant | null
  /** Add a mention that a later stage resolved (`It said` for the company that spoke before). */
  addMention: (participant: Participant, span: Span, text: string) => void
  /** The participants with every mention that `addSpeaker` added, each participant's mentions in order. */
  finish: () => Participant[]
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
export function findEntities(views: readonly ParagraphView[], speakers: ReadonlyMap<number, number> = new Map(), selfReferring: ReadonlySet<number> = new Set()): Entities {
  const state = newEntityState(views[0]?.text ?? '', speakers, selfReferring)
  const order = state.order
  // Pass 1: full names, organizations and places.
  const runs: number[] = []
  for (let index = 0; index < views.length; index++) {
    const view = views[index]!
    const written = capitalizedRuns(view, runs)
    for (let run = 0; run < written; run += 2) readRun(state, view, runs[run]!, runs[run + 1]!)
  }
  settleNames(state)
  // Paragraphs, headline and captions in reading order, so that the cursors below only move forward.
  const inOrder = [...views].sort((left, right) => left.span.start - right.span.start)
  // Pass 2: surnames, family names and organization aliases alone; pronouns.
  findAliasMentions(state, inOrder)
  findPronouns(state, inOrder)
  for (const participant of order) participant.mentions.sort(byMentionStart)
  state.settled = true
  indexNames(state)
  return {
    participants: order,
    places: [...state.places.values()],
    participantIn: (span) => participantIn(state, span),
    addSpeaker: (span, text) => addSpeaker(state, span, text),
    addMention: (participant, span, text) => addMention(state, participant, { text, span }),
    finish: () => finish(state)
  }
}

/** Index every name mention (not pronouns) by start, for `participantIn`. */
function indexNames(state: EntityState): void {
  const names: Array<{ mention: TextField; participant: Participant }> = []
  for (const participant of state.order) {
    for (const mention of participant.mentions) if (mention.text.length > 3 || !personPronouns.has(mention.text.toLowerCase())) names.push({ mention, participant })
  }
  names.sort((left, right) => left.mention.span.start - right.mention.span.start)
  state.nameStarts = new Float64Array(names.length)
  state.nameEnds = new Float64Array(names.length)
  state.namePossessive = new Uint8Array(names.length)
  state.nameOwners = names.map((name) => name.participant)
  names.forEach(({ mention }, index) => {
    state.nameStarts[index] = mention.span.start
    state.nameEnds[index] = mention.span.end
    state.namePossessive[index] = possessive.test(mention.text) ? 1 : 0
  })
}
