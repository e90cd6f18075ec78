import type { Block, BlockKind, Byline, DateStamp, Dateline, Diagnostic, Media, Publisher, Span, TextField } from '@newsdoc/core'
import { foldWhitespace } from '@newsdoc/core/helpers'
import { toDateStamp } from '../meta/date-stamp.js'
import { matchDateline } from '../meta/dateline.js'
import type { Profile } from '../profiles/index.js'
import type { Lines } from '../text/lines.js'
import { indentOf, isBlankLine } from '../text/lines.js'
import { isWhitespaceCode as isWhitespace } from '@newsdoc/core/helpers'
import type { LinePlace, LineRole } from './line-role.js'
import { lineRole } from './line-role.js'
import type { Segment } from './segment-lines.js'
import { segmentLines } from './segment-lines.js'

/** Everything the layout stage finds: the article's frame and its lossless block map. */
export interface Layout {
  headline: TextField | null
  subheadline: TextField | null
  byline: Byline | null
  dateline: Dateline | null
  publisher: Publisher | null
  published: DateStamp | null
  updated: DateStamp | null
  media: Media[]
  /** Where the paragraphs are; their text is read from their views (see `foldedText`). */
  paragraphs: Span[]
  blocks: Block[]
  diagnostics: Diagnostic[]
}

/** What the layout stage needs besides the text. */
export interface LayoutContext {
  profile: Profile
  /** Whether the profile was chosen by evidence in the text (or by the caller), rather than as the fallback. */
  profileChosen: boolean
  timeZoneOption: string | null
  publisherOption: string | null
}

const edgeLines = 4
const headWindow = 8
const headlineMaxLength = 200
const terminalPunctuation = /[.,;:]$/
const letterOrDigit = /[\p{L}\p{N}]/u

function hasVisible(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isWhitespace(text.charCodeAt(index))) return true
  return false
}

function isAllCaps(text: string): boolean {
  return /[A-Z]/.test(text) && !/[a-z]/.test(text)
}

/**
 * Find the layout of an article: cut the lines into blocks, say what each
 * block is, and read the headline, byline, dateline, dates, captions,
 * publisher and paragraphs from them. Every non-blank character ends up in
 * exactly one block.
 *
 * @example
 * buildLayout(text, splitLines(text), { profile: globalTimes, profileChosen: true, timeZoneOption: null, publisherOption: null }).headline?.text
 */
export function buildLayout(text: string, lines: Lines, context: LayoutContext): Layout {
  const { profile } = context
  const visible: number[] = []
  for (let line = 0; line < lines.count; line++) if (!isBlankLine(lines, line)) visible.push(line)
  const headSet = new Set(visible.slice(0, edgeLines))
  const tailSet = new Set(visible.slice(-edgeLines))
  const firstVisible = visible[0] ?? -1

  const roles = new Map<number, LineRole | null>()
  const roleOf = (line: number): LineRole | null => {
    if (roles.has(line)) return roles.get(line)!
    const place: LinePlace = { nearStart: headSet.has(line), nearEnd: tailSet.has(line) }
    const role = lineRole(text.slice(lines.contentStart[line]!, lines.contentEnd[line]!), profile, place)
    roles.set(line, role)
    return role
  }
  const lineText = (line: number): string => text.slice(lines.contentStart[line]!, lines.contentEnd[line]!)
  const looksLikeHeadline = (line: number): boolean => {
    const value = lineText(line)
    if (value.length > headlineMaxLength || roleOf(line) !== null) return false
    if (profile.headlineFirstLine) return true
    // Wire layout: a line with indented text right under it is the headline, whatever it says.
    const next = line + 1
    if (next < lines.count && !isBlankLine(lines, next) && indentOf(lines, next) > indentOf(lines, line)) return true
    if (matchDateline(text, lines.contentStart[line]!) !== null) return false
    return !terminalPunctuation.test(value) && letterOrDigit.test(value)
  }

  // Inside a run of lines, only the head and tail of the article hold lines
  // that stand alone (date lines, captions, trailers); elsewhere a run is
  // hard-wrapped text and its lines need no look.
  const headEnd = visible[headWindow] ?? Infinity
  const tailStart = visible.at(-edgeLines) ?? -1
  // A byline or date line just under the first line makes the run of lines a header.
  const headerFollows = (line: number): boolean => {
    for (let next = line + 1; next <= line + 3 && next < lines.count && !isBlankLine(lines, next); next++) {
      const role = roleOf(next)
      if (role?.role === 'byline' || role?.role === 'date') return true
    }
    return false
  }
  const segments = segmentLines(text, lines, {
    standsAlone: (line) => (line <= headEnd || line >= tailStart) && roleOf(line) !== null,
    headlineOnTop: (line) =>
      line === firstVisible && looksLikeHeadline(line) && (profile.headlineFirstLine || isAllCaps(lineText(line)) || headerFollows(line))
  })

  const layout: Layout = {
    headline: null,
    subheadline: null,
    byline: null,
    dateline: null,
    publisher: null,
    published: null,
    updated: null,
    media: [],
    paragraphs: [],
    blocks: [],
    diagnostics: []
  }
  const mediaByCaption = new Map<string, Media>()
  const zones = { publisher: profile.timeZone, option: context.timeZoneOption }
  const spanOf = (segment: Segment): Span => ({ start: lines.contentStart[segment.first]!, end: lines.contentEnd[segment.last]! })
  const push = (kind: BlockKind, span: Span): void => {
    layout.blocks.push({ kind, span })
  }

  segments.forEach((segment, index) => {
    const span = spanOf(segment)
    const single = segment.first === segment.last
    const role = single ? roleOf(segment.first) : null
    const isFirst = index === 0

    if (isFirst && segments.length > 1 && segment.shape === 'lines' && single && looksLikeHeadline(segment.first)) {
      layout.headline = { text: foldWhitespace(text.slice(span.start, span.end)), span }
      push('headline', span)
      return
    }
    if (role) {
      classifyRole(role, segment, span)
      return
    }
    if (segment.shape === 'table') {
      push('table', span)
      return
    }
    const previous = layout.blocks.at(-1)
    if (previous?.kind === 'highlight' && text.slice(previous.span.start, previous.span.end) === '@highlight') {
      push('highlight', span)
      return
    }
    if (!letterOrDigit.test(text.slice(span.start, span.end))) {
      push('unclassified', span)
      layout.diagnostics.push({ code: 'unclassified_block', severity: 'info', message: 'Expected text with letters or digits, not only marks; kept as an unclassified block', span })
      return
    }
    if (
      layout.headline !== null &&
      layout.subheadline === null &&
      layout.paragraphs.length === 0 &&
      previous?.kind === 'headline' &&
      single &&
      segment.first === segments[index - 1]!.last + 1 &&
      indentOf(lines, segment.first) === indentOf(lines, segments[index - 1]!.first) &&
      !terminalPunctuation.test(lineText(segment.first)) &&
      matchDateline(text, span.start) === null
    ) {
      layout.subheadline = { text: foldWhitespace(text.slice(span.start, span.end)), span }
      push('subheadline', span)
      return
    }
    let bodyStart = span.start
    if (layout.dateline === null && layout.paragraphs.length < 2 && segment.shape === 'lines') {
      const found = matchDateline(text, span.start)
      // Past the first paragraph only a dateline that says more than a place counts (`VATICAN CITY—`, `LONDON (Reuters) -`).
      const convincing = found !== null && (layout.paragraphs.length === 0 || found.dateline.agency !== null || found.dateline.date !== null || found.dateline.text.endsWith('—'))
      if (found && convincing) {
        layout.dateline = found.dateline
        push('dateline', found.dateline.span)
        bodyStart = found.bodyStart
        if (!hasVisible(text, bodyStart, span.end)) return
      }
    }
    const paragraphSpan = { start: bodyStart, end: span.end }
    push(segment.shape === 'list' ? 'list' : 'paragraph', paragraphSpan)
    layout.paragraphs.push(paragraphSpan)
  })

  function classifyRole(role: LineRole, segment: Segment, span: Span): void {
    switch (role.role) {
      case 'date': {
        const dateSpan = { start: span.start + role.textOffset, end: span.end }
        const stamp = toDateStamp(role.date, text.slice(dateSpan.start, dateSpan.end), dateSpan, zones)
        if (role.kind === 'updated' && layout.updated === null) {
          layout.updated = stamp
          push('updated', span)
        } else if (role.kind !== 'updated' && layout.published === null && (role.kind === 'published' || layout.paragraphs.length === 0)) {
          layout.published = stamp
          push('published', span)
        } else push('date', span)
        return
      }
      case 'byline':
        if (layout.byline === null) layout.byline = { text: text.slice(span.start, span.end), authors: role.authors, span }
        push('byline', span)
        return
      case 'caption': {
        const key = `${role.caption.caption}\u0000${role.caption.credit ?? ''}`
        const known = mediaByCaption.get(key)
        if (known) {
          known.occurrences++
          known.spans.push(span)
        } else {
          const media: Media = { ...role.caption, occurrences: 1, spans: [span] }
          mediaByCaption.set(key, media)
          layout.media.push(media)
        }
        push('caption', span)
        return
      }
      case 'publisher': {
        const written = text.slice(span.start, span.end)
        layout.publisher ??= { name: profile.publisher ?? written, text: written, span }
        push('publisher', span)
        return
      }
      case 'copyright':
        push(tailSet.has(segment.first) ? 'publisher' : 'boilerplate', span)
        return
      case 'boilerplate':
        push('boilerplate', span)
        return
      case 'highlight-marker':
        push('highlight', span)
        return
    }
  }

  if (layout.publisher === null) {
    const name = context.publisherOption ?? (context.profileChosen ? profile.publisher : null)
    if (name !== null) layout.publisher = { name, text: null, span: null }
  }
  return layout
}
