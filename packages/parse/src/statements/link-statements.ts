import type { Participant, Statement } from '@newsdoc/core'
import type { Entities } from '../entities/find-entities.js'
import type { StatementDraft } from './statement-draft.js'
import type { ParagraphView } from './paragraph-view.js'
import { foldedText } from './paragraph-view.js'

// Two or three capitalized words, then an appositive's comma (`Simon Sweetman, from …`).
const namedHead = /^[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2},/

/**
 * Turn statement drafts into `Statement`s: link each speaker phrase and each
 * `via` to a participant (a name inside it, a resolved pronoun, or a new
 * person for a bare surname), and let a quotation with no source and no cue
 * of its own keep the speaker of the statement just before it.
 *
 * @example
 * linkStatements(views, drafts, entities)[0].speakerId
 * //=> 'o1'
 */
export function linkStatements(views: readonly ParagraphView[], drafts: readonly StatementDraft[], entities: Entities): Statement[] {
  const text = views[0]?.text ?? ''
  // The speaker of the last statement with a source or a cue (`hasPrevious`): a quotation with neither continues it.
  let hasPrevious = false
  let previousSpeaker: Participant | null = null
  let previousParagraph = -1
  return drafts.map((draft, index) => {
    let speaker: Participant | null = null
    if (draft.speaker) {
      const referent = draft.referent ?? draft.speaker
      const written = text.slice(referent.start, referent.end)
      speaker = entities.participantIn(referent)
      // `Simon Sweetman, from the Federation of Small Businesses, said`: a plain name before the
      // appositive speaks, not the organization named in it.
      if (speaker?.kind === 'organization' && namedHead.test(written)) speaker = entities.addSpeaker(referent, written) ?? speaker
      speaker ??= entities.addSpeaker(referent, written)
      // `Yukos said it would consider its options. However, it claimed …`: a speaker `it` right after an
      // organization's statement, in its paragraph or the next, is that organization.
      if (speaker === null && (written === 'It' || written === 'it') && previousSpeaker?.kind === 'organization' && draft.paragraph - previousParagraph <= 1) {
        speaker = previousSpeaker
        entities.addMention(speaker, referent, written)
      }
    } else if (draft.cue === null && hasPrevious) speaker = previousSpeaker
    const via = draft.via ? (entities.participantIn(draft.via) ?? entities.addSpeaker(draft.via, text.slice(draft.via.start, draft.via.end))) : null
    // A cue with no named source (`Asked whether …`) stays unattributed and passes no speaker on.
    if (draft.speaker !== null || draft.cue === null) {
      hasPrevious = true
      previousSpeaker = speaker
      previousParagraph = draft.paragraph
    }
    return {
      id: `s${index + 1}`,
      kind: draft.kind,
      speakerId: speaker?.id ?? null,
      speakerSpan: draft.speaker,
      via: via?.id ?? null,
      cue: draft.cue === null ? null : foldedText(views[draft.paragraph]!, draft.cue),
      cueSpan: draft.cue,
      content: foldedText(views[draft.paragraph]!, draft.content),
      span: draft.content,
      paragraph: draft.paragraph
    }
  })
}
