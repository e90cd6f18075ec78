import type { Article } from '@newsdoc/core'

/**
 * The reviewable facts of a parse, as stored in each fixture's
 * `expected.json`: metadata as parsed, paragraphs as text, and each block as
 * `[kind, text]` so that a reviewer sees what every part of the input became.
 */
export function summarize(article: Article, text: string): unknown {
  const { headline, subheadline, byline, dateline, publisher, published, updated, media } = article
  return {
    headline: headline?.text ?? null,
    subheadline: subheadline?.text ?? null,
    byline: byline ? { text: byline.text, authors: byline.authors } : null,
    dateline: dateline ? { text: dateline.text, place: dateline.place, date: dateline.date, agency: dateline.agency } : null,
    publisher: publisher ? { name: publisher.name, text: publisher.text } : null,
    published: published ? { ...published, span: undefined } : null,
    updated: updated ? { ...updated, span: undefined } : null,
    media: media.map((item) => ({ kind: item.kind, caption: item.caption, credit: item.credit, creditLabel: item.creditLabel, occurrences: item.occurrences })),
    paragraphs: article.paragraphs.map((paragraph) => paragraph.text),
    blocks: article.blocks.map((block) => [block.kind, text.slice(block.span.start, block.span.end)]),
    participants: article.participants.map((participant) => ({ id: participant.id, kind: participant.kind, name: participant.name, aliases: participant.aliases, role: participant.role })),
    places: article.places.map((place) => `${place.name} (${place.kind})`),
    statements: article.statements.map((statement) => ({
      paragraph: statement.paragraph,
      kind: statement.kind,
      speaker: statement.speakerSpan === null ? null : text.slice(statement.speakerSpan.start, statement.speakerSpan.end),
      speakerId: statement.speakerId,
      via: statement.via,
      cue: statement.cue,
      content: statement.content
    })),
    timeExpressions: article.timeExpressions.map((expression) => [expression.text, expression.resolved, expression.granularity]),
    diagnostics: article.diagnostics.map((diagnostic) => diagnostic.code)
  }
}
