import type { Article, Participant } from '@newsdoc/core'

/** Participants by id, for statements' `speakerId` and `via`. */
export function participantsById(article: Article): Map<string, Participant> {
  return new Map(article.participants.map((participant) => [participant.id, participant]))
}

/** The name of a participant id, or null. */
export function nameOf(participants: ReadonlyMap<string, Participant>, id: string | null): string | null {
  return id === null ? null : (participants.get(id)?.name ?? null)
}
