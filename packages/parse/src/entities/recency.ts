// Recency indexes: for `the company` and `the president`, the mention starts of the participants that fit, so that the most recent one before a span is a binary search.
import type { Participant } from '@newsdoc/core'

/** Mention starts in order, with the participant of each. */
export interface Recency {
  starts: number[]
  owners: Participant[]
}

// `the company`, `the president`: for each organization word and title word, the starts of
// the mentions that fit it, in order, so that the most recent one before a span is a binary
// search. Mentions found before linking are indexed once, sorted; those linking adds come in
// text order, so they are appended to a second index (spliced in only when out of order).

export function recencyKeys(participant: Participant): string[] {
  return participant.kind === 'organization' ? ['organization'] : (participant.role?.title.toLowerCase().split(' ').map((word) => `title:${word}`) ?? [])
}

export function track(participant: Participant, start: number, index: Map<string, Recency>): void {
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

/** Sort an index by start; at the same start, the participant named first comes first. */
export function sortRecency(list: Recency, rank: (participant: Participant) => number): void {
  const entries = list.starts.map((start, index) => ({ start, owner: list.owners[index]! }))
  entries.sort((left, right) => left.start - right.start || rank(left.owner) - rank(right.owner))
  list.starts = entries.map((entry) => entry.start)
  list.owners = entries.map((entry) => entry.owner)
}

/** The latest mention in `list` that starts before `start` (at the same start, the participant named first), or null. */
export function latestBefore(list: Recency | undefined, start: number, rank: (participant: Participant) => number): { start: number; owner: Participant } | null {
  if (list === undefined) return null
  const latest = upperBound(list.starts, start - 1, (value) => value) - 1
  if (latest < 0) return null
  let owner = list.owners[latest]!
  for (let tie = latest - 1; tie >= 0 && list.starts[tie] === list.starts[latest]; tie--) if (rank(list.owners[tie]!) < rank(owner)) owner = list.owners[tie]!
  return { start: list.starts[latest]!, owner }
}

// How many mentions `latestBefore` passes over for one its test accepts: a bound, so a search stays short.
const maxLookBack = 64

/**
 * The latest mention in `list` before `start` whose participant `accepts`
 * takes, among the last `maxLookBack` (at the same start, the participant
 * named first), or null.
 */
export function latestAcceptedBefore(list: Recency | undefined, start: number, rank: (participant: Participant) => number, accepts: (participant: Participant) => boolean): { start: number; owner: Participant } | null {
  if (list === undefined) return null
  const latest = upperBound(list.starts, start - 1, (value) => value) - 1
  for (let index = latest; index >= 0 && latest - index < maxLookBack; index--) {
    if (!accepts(list.owners[index]!)) continue
    let owner = list.owners[index]!
    for (let tie = index - 1; tie >= 0 && list.starts[tie] === list.starts[index]; tie--) if (accepts(list.owners[tie]!) && rank(list.owners[tie]!) < rank(owner)) owner = list.owners[tie]!
    return { start: list.starts[index]!, owner }
  }
  return null
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
