import { z } from 'zod'
import { Block } from './block.js'
import { Byline } from './byline.js'
import { DateStamp } from './date-stamp.js'
import { Dateline } from './dateline.js'
import { Diagnostic } from './diagnostic.js'
import { Media } from './media.js'
import { Paragraph } from './paragraph.js'
import { Participant } from './participant.js'
import { Place } from './place.js'
import { Publisher } from './publisher.js'
import { TextField } from './span.js'
import { Statement } from './statement.js'
import { TimeExpression } from './time-expression.js'
import { SCHEMA_VERSION } from './schema-version.js'

export { SCHEMA_VERSION }

/**
 * One news article: the whole model that `@newsdoc/parse` produces and
 * `@newsdoc/render` consumes. Fields that may be absent are `null`, never
 * missing, so the JSON shape is stable.
 *
 * Besides the field types, the schema checks what JSON Schema cannot: every
 * `speakerId` and `via` names a participant, every `paragraph` index exists,
 * ids are unique, and `blocks` are in order and do not overlap.
 *
 * @example
 * const article = Article.parse(JSON.parse(text))
 * article.statements.filter((s) => s.speakerId === 'p1')
 */
export const Article = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().min(1).describe('Stable hash of the input text.'),
    language: z.string().min(2).describe('BCP 47 language tag.'),
    headline: TextField.nullable(),
    subheadline: TextField.nullable(),
    byline: Byline.nullable(),
    dateline: Dateline.nullable(),
    publisher: Publisher.nullable(),
    published: DateStamp.nullable(),
    updated: DateStamp.nullable(),
    media: z.array(Media),
    paragraphs: z.array(Paragraph),
    participants: z.array(Participant),
    places: z.array(Place),
    statements: z.array(Statement),
    timeExpressions: z.array(TimeExpression),
    blocks: z.array(Block).describe('Every block of the input, in order: the lossless map of the input.'),
    diagnostics: z.array(Diagnostic)
  })
  .superRefine((article, context) => {
    const participantIds = new Set<string>()
    article.participants.forEach((participant, index) => {
      if (participantIds.has(participant.id)) {
        context.addIssue({ code: 'custom', message: `Expected a unique participant id, not a second \`${participant.id}\``, path: ['participants', index, 'id'] })
      }
      participantIds.add(participant.id)
    })
    const placeIds = new Set<string>()
    article.places.forEach((place, index) => {
      if (placeIds.has(place.id)) {
        context.addIssue({ code: 'custom', message: `Expected a unique place id, not a second \`${place.id}\``, path: ['places', index, 'id'] })
      }
      placeIds.add(place.id)
    })
    const statementIds = new Set<string>()
    article.statements.forEach((statement, index) => {
      if (statementIds.has(statement.id)) {
        context.addIssue({ code: 'custom', message: `Expected a unique statement id, not a second \`${statement.id}\``, path: ['statements', index, 'id'] })
      }
      statementIds.add(statement.id)
      if (statement.speakerId !== null && !participantIds.has(statement.speakerId)) {
        context.addIssue({ code: 'custom', message: `Expected \`speakerId\` to name a participant, not \`${statement.speakerId}\``, path: ['statements', index, 'speakerId'] })
      }
      if (statement.via !== null && !participantIds.has(statement.via)) {
        context.addIssue({ code: 'custom', message: `Expected \`via\` to name a participant, not \`${statement.via}\``, path: ['statements', index, 'via'] })
      }
      if (statement.paragraph >= article.paragraphs.length) {
        context.addIssue({
          code: 'custom',
          message: `Expected \`paragraph\` below ${article.paragraphs.length}, not \`${statement.paragraph}\``,
          path: ['statements', index, 'paragraph']
        })
      }
    })
    let previousEnd = 0
    article.blocks.forEach((block, index) => {
      if (block.span.start < previousEnd) {
        context.addIssue({
          code: 'custom',
          message: `Expected blocks in input order without overlap, not a block starting at ${block.span.start} before ${previousEnd}`,
          path: ['blocks', index, 'span']
        })
      }
      previousEnd = Math.max(previousEnd, block.span.end)
    })
  })

export type Article = z.infer<typeof Article>
