// Pass 2 of the entity stage: surnames, family names and organization aliases standing alone, and pronouns, as further mentions.
import type { Participant } from '@newsdoc/core'
import { isWhitespaceCode } from '@newsdoc/core/helpers'
import type { ParagraphView } from '../statements/paragraph-view.js'
import { hasClass, isCapitalized, lowerAt, sentenceFirst, sentenceHas, sentenceHasKind, sentenceLast, sentenceOf, tokenEnd, tokenKind, tokenStart, tokenText } from '../statements/paragraph-view.js'
import { TokenKind } from '../text/tokens.js'
import { WordClass } from '../lexicon/word-classes.js'
import { spanHash } from '../text/span-hash.js'
import { isPossessiveAt, stripPossessive } from './name-words.js'
import type { EntityState } from './entity-state.js'
import { addMention } from './entity-state.js'

// How many person mentions a pronoun looks back past one of the other gender: a bound, so resolution stays linear.
const maxPronounLookBack = 12

// 32-bit words of the alias filter: 2,048 bits, a few per alias of even a long article.
const aliasFilterWords = 64

/** Pass 2: every capitalized word that is an alias (`Putin`, `Wang`, `CPC`) and no part of a mention yet. */
export function findAliasMentions(state: EntityState, inOrder: readonly ParagraphView[]): void {
  if (state.aliasOwner.size === 0) return
  // The aliases' span hashes as bits of a small filter, so that most capitalized words are passed over
  // with one array read, without a slice and a look-up (a set bit only says the word may be an alias).
  const aliasHashes = new Int32Array(aliasFilterWords)
  for (const alias of state.aliasOwner.keys()) {
    const hash = spanHash(alias, 0, alias.length)
    aliasHashes[(hash >>> 5) & (aliasFilterWords - 1)]! |= 1 << (hash & 31)
  }
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
      const hash = spanHash(view.text, wordStart, wordStart + bareLength)
      if ((aliasHashes[(hash >>> 5) & (aliasFilterWords - 1)]! & (1 << (hash & 31))) === 0) continue
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

/**
 * Pronouns: `he` and `she` that open their sentence's mention of people point
 * at the person the sentence before was about (the source of its statement,
 * else the first person it names, not a possessive): in `Mr Blair has been
 * closer to President Bush than any other leader. He said …`, `He` is Mr
 * Blair. Any other pronoun, one in a quotation, or one whose gender does not
 * fit that person, points at the most recent person named before it that
 * fits. Each `he` and `she` so resolved outside quotations counts as a
 * mention of its person for the pronouns after it.
 */
export function findPronouns(state: EntityState, inOrder: readonly ParagraphView[]): void {
  if (!inOrder.some((view) => (view.classesPresent & WordClass.personPronoun) !== 0)) return
  const personMentions: Array<{ start: number; end: number; participant: Participant }> = []
  for (const participant of state.order) {
    if (participant.kind === 'person') for (const mention of participant.mentions) personMentions.push({ start: mention.span.start, end: mention.span.end, participant })
  }
  personMentions.sort((left, right) => left.start - right.start)
  // Where each sentence starts, in reading order, to tell which sentence a mention is in; and the
  // statements' sources, to tell which person a sentence is about. Offsets only grow from call to
  // call, so both cursors only move forward.
  const sentenceStarts: number[] = []
  for (const view of inOrder) for (let sentence = 0; sentence < view.sentenceCount; sentence++) sentenceStarts.push(tokenStart(view, sentenceFirst(view, sentence))!)
  let sentenceCursor = 0
  const sentenceAt = (offset: number): number => {
    while (sentenceCursor + 1 < sentenceStarts.length && sentenceStarts[sentenceCursor + 1]! <= offset) sentenceCursor++
    return sentenceCursor
  }
  // Statements come in reading order, and so, mostly, do their sources (sorted when they do not).
  let sourceStarts: number[] = []
  let sourceEnds: number[] = []
  let sourcesInOrder = true
  state.speakers.forEach((sourceEnd, sourceStart) => {
    if (sourceStarts.length > 0 && sourceStart < sourceStarts[sourceStarts.length - 1]!) sourcesInOrder = false
    sourceStarts.push(sourceStart)
    sourceEnds.push(sourceEnd)
  })
  if (!sourcesInOrder) {
    const order = sourceStarts.map((_, index) => index).sort((left, right) => sourceStarts[left]! - sourceStarts[right]!)
    const starts = sourceStarts
    const ends = sourceEnds
    sourceStarts = order.map((index) => starts[index]!)
    sourceEnds = order.map((index) => ends[index]!)
  }
  let sourceCursor = 0
  const isSource = (start: number, end: number): boolean => {
    while (sourceCursor < sourceStarts.length && sourceEnds[sourceCursor]! <= start) sourceCursor++
    return sourceCursor < sourceStarts.length && sourceStarts[sourceCursor]! <= start && end <= sourceEnds[sourceCursor]!
  }
  // The latest sentence that named a person, the person it is about, and whether that person is its source.
  let subjectSentence = -1
  let subject: Participant | null = null
  let subjectSpeaks = false
  const noteMention = (participant: Participant, start: number, end: number, possessive: boolean): void => {
    const sentence = sentenceAt(start)
    const speaks = isSource(start, end)
    if (sentence !== subjectSentence ? !possessive : speaks && !subjectSpeaks) {
      subjectSentence = sentence
      subject = participant
      subjectSpeaks = speaks
    }
  }
  let cursor = 0
  let recent: Participant | null = null
  const fits = (participant: Participant | null, gender: string): boolean => participant !== null && (state.genders.get(participant) === undefined || state.genders.get(participant) === gender)
  for (let index = 0; index < inOrder.length; index++) {
    const view = inOrder[index]!
    if ((view.classesPresent & WordClass.personPronoun) === 0) continue
    // Whether the text is inside a quotation, read up to each pronoun as it comes (none to read without quotation marks).
    const hasQuotes = (view.kindsPresent & (1 << TokenKind.quote)) !== 0
    let quoted = false
    let read = 0
    for (let sentence = 0; sentence < view.sentenceCount; sentence++) {
      if (!sentenceHas(view, sentence, WordClass.personPronoun)) continue
      for (let token = sentenceFirst(view, sentence); token <= sentenceLast(view, sentence); token++) {
        if (!hasClass(view, token, WordClass.personPronoun)) continue
        // (Only a subject pronoun asks; sentences without quotation marks are passed over whole.)
        const lower = lowerAt(view, token)!
        if (hasQuotes && (lower === 'he' || lower === 'she')) {
          while (read < token) {
            const readSentence = sentenceOf(view, read)
            if (readSentence < sentence && !sentenceHasKind(view, readSentence, TokenKind.quote)) {
              read = sentenceLast(view, readSentence) + 1
              continue
            }
            if (tokenKind(view, read) === TokenKind.quote) quoted = quoteOpens(view, read)
            read++
          }
        }
        const start = tokenStart(view, token)!
        while (cursor < personMentions.length && personMentions[cursor]!.start < start) {
          const mention = personMentions[cursor++]!
          recent = mention.participant
          noteMention(mention.participant, mention.start, mention.end, isPossessiveAt(state.text, mention.end + 2))
        }
        const gender = lower === 'he' || lower === 'him' || lower === 'his' ? 'male' : lower === 'she' || lower === 'her' ? 'female' : undefined
        if (recent === null || gender === undefined) continue
        // A subject pronoun that opens its sentence's people continues the sentence before's subject.
        const leads = (lower === 'he' || lower === 'she') && !quoted
        let owner: Participant | null = leads && sentenceAt(start) !== subjectSentence && fits(subject, gender) ? subject : recent
        // Else the most recent person named that the pronoun can stand for: `she` passes over `Mr. Sanders` to the woman named before him.
        if (!fits(owner, gender)) {
          owner = null
          for (let back = cursor - 1; back >= 0 && cursor - 1 - back <= maxPronounLookBack && owner === null; back--) if (fits(personMentions[back]!.participant, gender)) owner = personMentions[back]!.participant
        }
        if (owner === null) continue
        state.pronounOwner.set(start, { end: tokenEnd(view, token)!, owner })
        owner.mentions.push({ text: tokenText(view, token), span: { start, end: tokenEnd(view, token)! } })
        // A subject pronoun is a mention of its person for the pronouns after it (`him` and `her` may be anyone's).
        if (leads) {
          recent = owner
          noteMention(owner, start, tokenEnd(view, token)!, false)
        }
      }
    }
  }
}

/**
 * Whether the text is inside a quotation after the quotation mark at `token`:
 * a curly mark says which it is; a straight one opens after a blank or at the
 * paragraph's start and closes after a word or a mark (news reopens a quotation
 * at each of its sentences, `"… them. "But …," he added`, so marks do not pair).
 */
function quoteOpens(view: ParagraphView, token: number): boolean {
  const start = tokenStart(view, token)!
  const code = view.text.charCodeAt(start)
  if (code === 0x201c || code === 0xab) return true
  if (code === 0x201d || code === 0xbb) return false
  return start === view.span.start || isWhitespaceCode(view.text.charCodeAt(start - 1)) || openingBefore.has(view.text.charCodeAt(start - 1))
}

// Marks after which a straight quotation mark opens: `("…`, `—"…`.
const openingBefore: ReadonlySet<number> = new Set([0x28, 0x5b, 0x2014, 0x2013])
