import type { Article } from './article.js'
import { foldWhitespace } from './fold-whitespace.js'
import type { Span } from './span.js'

/** One span that does not lie in the input or does not show its field's text. */
export interface SpanIssue {
  /** Where in the article the span stands, as a path of keys. */
  path: Array<string | number>
  /** What is wrong, "Expected X, not Y". */
  message: string
}

type Claim = { kind: 'equals' | 'contains' | 'any'; text: string }

function show(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text
  return `\`${JSON.stringify(short)}\``
}

/**
 * Check every span of `article` against the `input` it was parsed from:
 * each must lie inside the input, and where its field holds text, the input
 * at the span must show that text (whitespace folded). Returns the issues; an
 * empty array means every span is right.
 *
 * @example
 * checkSpans(parseArticle(input), input)
 * //=> []
 */
export function checkSpans(article: Article, input: string): SpanIssue[] {
  const issues: SpanIssue[] = []

  function check(span: Span | null, path: Array<string | number>, claim: Claim): void {
    if (span === null) return
    if (!(span.start >= 0 && span.start <= span.end && span.end <= input.length)) {
      issues.push({ path, message: `Expected a span inside the input (0…${input.length}), not ${span.start}…${span.end}` })
      return
    }
    if (claim.kind === 'any') return
    const found = foldWhitespace(input.slice(span.start, span.end))
    const wanted = foldWhitespace(claim.text)
    const ok = claim.kind === 'equals' ? found === wanted : found.includes(wanted)
    if (!ok) {
      issues.push({ path, message: `Expected the input at ${span.start}…${span.end} to ${claim.kind === 'equals' ? 'be' : 'contain'} ${show(wanted)}, not ${show(found)}` })
    }
  }

  const equals = (text: string): Claim => ({ kind: 'equals', text })
  const any: Claim = { kind: 'any', text: '' }

  if (article.headline) check(article.headline.span, ['headline', 'span'], equals(article.headline.text))
  if (article.subheadline) check(article.subheadline.span, ['subheadline', 'span'], equals(article.subheadline.text))
  if (article.byline) check(article.byline.span, ['byline', 'span'], equals(article.byline.text))
  if (article.dateline) check(article.dateline.span, ['dateline', 'span'], equals(article.dateline.text))
  if (article.publisher?.text != null) check(article.publisher.span, ['publisher', 'span'], equals(article.publisher.text))
  if (article.published) check(article.published.span, ['published', 'span'], equals(article.published.text))
  if (article.updated) check(article.updated.span, ['updated', 'span'], equals(article.updated.text))
  article.media.forEach((media, index) => {
    media.spans.forEach((span, occurrence) => check(span, ['media', index, 'spans', occurrence], { kind: 'contains', text: media.caption }))
  })
  article.paragraphs.forEach((paragraph, index) => check(paragraph.span, ['paragraphs', index, 'span'], equals(paragraph.text)))
  article.participants.forEach((participant, index) => {
    participant.mentions.forEach((mention, position) => check(mention.span, ['participants', index, 'mentions', position, 'span'], equals(mention.text)))
  })
  article.places.forEach((place, index) => {
    place.mentions.forEach((mention, position) => check(mention.span, ['places', index, 'mentions', position, 'span'], equals(mention.text)))
  })
  article.statements.forEach((statement, index) => {
    check(statement.span, ['statements', index, 'span'], equals(statement.content))
    check(statement.speakerSpan, ['statements', index, 'speakerSpan'], any)
    if (statement.cue !== null) check(statement.cueSpan, ['statements', index, 'cueSpan'], equals(statement.cue))
    const paragraph = article.paragraphs[statement.paragraph]
    if (paragraph && (statement.span.start < paragraph.span.start || statement.span.end > paragraph.span.end)) {
      issues.push({
        path: ['statements', index, 'span'],
        message: `Expected the statement inside paragraph ${statement.paragraph} (${paragraph.span.start}…${paragraph.span.end}), not at ${statement.span.start}…${statement.span.end}`
      })
    }
  })
  article.timeExpressions.forEach((expression, index) => check(expression.span, ['timeExpressions', index, 'span'], equals(expression.text)))
  article.blocks.forEach((block, index) => check(block.span, ['blocks', index, 'span'], any))
  article.diagnostics.forEach((diagnostic, index) => check(diagnostic.span, ['diagnostics', index, 'span'], any))

  return issues
}
