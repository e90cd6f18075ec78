import type { Article, Participant, Place, Statement, TimeExpression } from '@newsdoc/core'

/** A run of a paragraph's text, marked with what it is. */
export type Piece =
  | { type: 'text'; value: string }
  | { type: 'statement'; statement: Statement; quoted: boolean; children: Piece[] }
  | { type: 'participant'; participant: Participant; value: string; speakerOf: string[] }
  | { type: 'place'; place: Place; value: string }
  | { type: 'time'; expression: TimeExpression; value: string }

type Inner = Exclude<Piece, { type: 'text' } | { type: 'statement' }>

interface Located<T> {
  start: number
  end: number
  item: T
}

const openingQuotes = new Set(['"', '“', '‘', "'", '«', '„'])
const closingQuotes = new Set(['"', '”', '’', "'", '»', '“'])

/**
 * Find items in a paragraph's text by their text, in input order: each is
 * searched from where the previous one ended, so repeated words land on the
 * right occurrence. Items whose text is not found, or that overlap an
 * earlier one, are left unmarked (their text still shows).
 */
function locate<T>(text: string, items: Array<{ text: string; start: number; end: number; item: T }>): Array<Located<T>> {
  const located: Array<Located<T>> = []
  let cursor = 0
  let sourceEnd = -1
  // Input order; at one start, the longer item first (`China's Foreign Ministry` over `China`).
  items.sort((left, right) => left.start - right.start || right.end - left.end)
  for (const { text: needle, start, end, item } of items) {
    // Items nested in or overlapping an earlier one (by their input spans) are not marked.
    if (needle.length === 0 || start < sourceEnd) continue
    const found = text.indexOf(needle, cursor)
    if (found === -1) continue
    located.push({ start: found, end: found + needle.length, item })
    cursor = found + needle.length
    sourceEnd = end
  }
  return located
}

interface Marks {
  statementsByParagraph: Map<number, Statement[]>
  inner: Array<{ text: string; start: number; end: number; item: Inner }>
}

// Marks are gathered once per article (articles are not mutated by renderers).
const marksCache = new WeakMap<Article, Marks>()

function marksOf(article: Article): Marks {
  const cached = marksCache.get(article)
  if (cached) return cached
  const statementsByParagraph = new Map<number, Statement[]>()
  for (const statement of article.statements) statementsByParagraph.set(statement.paragraph, [...(statementsByParagraph.get(statement.paragraph) ?? []), statement])
  // Mentions that a statement's cue attaches to, by their input span.
  const speakers = new Map<string, string[]>()
  for (const statement of article.statements) {
    if (statement.speakerSpan === null) continue
    const key = `${statement.speakerSpan.start}:${statement.speakerSpan.end}`
    speakers.set(key, [...(speakers.get(key) ?? []), statement.id])
  }
  const inner: Marks['inner'] = []
  for (const participant of article.participants) {
    for (const mention of participant.mentions) {
      inner.push({ text: mention.text, start: mention.span.start, end: mention.span.end, item: { type: 'participant', participant, value: mention.text, speakerOf: speakers.get(`${mention.span.start}:${mention.span.end}`) ?? [] } })
    }
  }
  for (const place of article.places) {
    for (const mention of place.mentions) inner.push({ text: mention.text, start: mention.span.start, end: mention.span.end, item: { type: 'place', place, value: mention.text } })
  }
  for (const expression of article.timeExpressions) {
    inner.push({ text: expression.text, start: expression.span.start, end: expression.span.end, item: { type: 'time', expression, value: expression.text } })
  }
  inner.sort((left, right) => left.start - right.start || right.end - left.end)
  const marks = { statementsByParagraph, inner }
  marksCache.set(article, marks)
  return marks
}

/**
 * Cut paragraph `index` of `article` into pieces: plain text, statements
 * (with the mentions, places and times inside them) and mentions, places and
 * times outside statements. Positions are found in the paragraph's own text,
 * so no input string is needed.
 *
 * @example
 * paragraphPieces(article, 0)[0]
 * //=> { type: 'statement', statement: { id: 's1', … }, quoted: false, children: [ … ] }
 */
export function paragraphPieces(article: Article, index: number): Piece[] {
  const paragraph = article.paragraphs[index]
  if (!paragraph) return []
  const { text, span } = paragraph
  const marks = marksOf(article)
  const statements = locate(
    text,
    (marks.statementsByParagraph.get(index) ?? []).map((statement) => ({ text: statement.content, start: statement.span.start, end: statement.span.end, item: statement }))
  )
  // The inner marks whose spans lie in this paragraph, found by binary search.
  const innerItems: Array<{ text: string; start: number; end: number; item: Inner }> = []
  let low = 0
  let high = marks.inner.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (marks.inner[middle]!.start < span.start) low = middle + 1
    else high = middle
  }
  for (let at = low; at < marks.inner.length && marks.inner[at]!.start < span.end; at++) {
    const mark = marks.inner[at]!
    if (mark.end <= span.end) innerItems.push(mark)
  }
  const inner = locate(text, innerItems)

  const pieces: Piece[] = []
  let position = 0
  let innerIndex = 0
  const pushText = (out: Piece[], from: number, to: number): void => {
    if (to > from) out.push({ type: 'text', value: text.slice(from, to) })
  }
  // Inner marks between `from` and `to`, as pieces; marks that cross `to` are left as text.
  const fill = (out: Piece[], from: number, to: number): void => {
    let at = from
    while (innerIndex < inner.length && inner[innerIndex]!.start < to) {
      const mark = inner[innerIndex]!
      innerIndex++
      if (mark.start < at || mark.end > to) continue
      pushText(out, at, mark.start)
      out.push(mark.item)
      at = mark.end
    }
    pushText(out, at, to)
  }
  for (const located of statements) {
    let { start, end } = located
    let contentStart = start
    let contentEnd = end
    let quoted = false
    if (located.item.kind === 'direct') {
      if (openingQuotes.has(text[start - 1] ?? '') && closingQuotes.has(text[end] ?? '') && start - 1 >= position) {
        start -= 1
        end += 1
        quoted = true
      } else if (end - start >= 2 && openingQuotes.has(text[start]!) && closingQuotes.has(text[end - 1]!)) {
        contentStart += 1
        contentEnd -= 1
        quoted = true
      }
    }
    fill(pieces, position, start)
    const children: Piece[] = []
    while (innerIndex < inner.length && inner[innerIndex]!.end <= contentStart) innerIndex++
    fill(children, contentStart, contentEnd)
    pieces.push({ type: 'statement', statement: located.item, quoted, children })
    position = end
  }
  fill(pieces, position, text.length)
  return pieces
}
