// Pass 2 of the entity stage: surnames, family names and organization aliases standing alone, and pronouns, as further mentions.
import type { Participant } from '@newsdoc/core'
import type { ParagraphView } from '../statements/paragraph-view.js'
import { hasClass, isCapitalized, lowerAt, tokenEnd, tokenStart, tokenText } from '../statements/paragraph-view.js'
import { WordClass } from '../lexicon/word-classes.js'
import { spanHash } from '../text/span-hash.js'
import { isPossessiveAt, stripPossessive } from './name-words.js'
import type { EntityState } from './entity-state.js'
import { addMention } from './entity-state.js'

// How many person mentions a pronoun looks back past one of the other gender: a bound, so resolution stays linear.
const maxPronounLookBack = 12

/** Pass 2: every capitalized word that is an alias (`Putin`, `Wang`, `CPC`) and no part of a mention yet. */
export function findAliasMentions(state: EntityState, inOrder: readonly ParagraphView[]): void {
  // The aliases' span hashes, so that most capitalized words are passed over without a slice and a look-up.
  const aliasHashes = new Set<number>()
  for (const alias of state.aliasOwner.keys()) aliasHashes.add(spanHash(alias, 0, alias.length))
  const usedAliases = new Map<Participant, Set<string>>()
  const named = state.mentionSpans.slice().sort((left, right) => left.start - right.start)
  let namedCursor = 0
  let coveredUntil = -1
  for (let index = 0; index < inOrder.length; index++) {
    const view = inOrder[index]!
    for (let token = 0; token < view.tokenCount; token++) {
      const wordStart = tokenStart(view, token)!
      // Aliases are capitalized: skip every other token without slicing it.
      if (!isCapitalized(view, token)) continue
      const wordEnd = tokenEnd(view, token)!
      const bareLength = wordEnd - wordStart - (isPossessiveAt(view.text, wordEnd) ? 2 : 0)
      if (!aliasHashes.has(spanHash(view.text, wordStart, wordStart + bareLength))) continue
      const word = stripPossessive(tokenText(view, token))
      const owner = state.aliasOwner.get(word)
      if (!owner) continue
      while (namedCursor < named.length && named[namedCursor]!.start <= wordStart) coveredUntil = Math.max(coveredUntil, named[namedCursor++]!.end)
      if (wordStart < coveredUntil) continue
      addMention(state, owner, { text: word, span: { start: wordStart, end: wordStart + word.length } })
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
export function findPronouns(state: EntityState, inOrder: readonly ParagraphView[]): void {
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
    for (let token = 0; token < view.tokenCount; token++) {
      if (!hasClass(view, token, WordClass.personPronoun)) continue
      const start = tokenStart(view, token)!
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
      state.pronounOwner.set(start, { end: tokenEnd(view, token)!, owner })
      owner.mentions.push({ text: tokenText(view, token), span: { start, end: tokenEnd(view, token)! } })
    }
  }
}
