// A statement as the rules find it, before speakers are linked to participants.
import type { Span, StatementKind } from '@newsdoc/core'

/** A statement as found in the text, before speakers are linked to participants. */
export interface StatementDraft {
  kind: StatementKind
  paragraph: number
  content: Span
  cue: Span | null
  /** The source noun phrase next to the cue (`Putin`, `He`, `a Toshiba spokesman`). */
  speaker: Span | null
  /** The source of an `according to` that reports the statement of another. */
  via: Span | null
  /** What the speaker phrase refers to, when it is a relative pronoun (`Sanders, who said …` → `Sanders`). */
  referent?: Span
}

/** Conventions of the publisher that change how statements read. */
export interface StatementOptions {
  /** Whether a trailing cue in a paragraph's last sentence speaks for the sentences before it (state-media style). */
  spanParagraph: boolean
}
