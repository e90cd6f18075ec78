import type { Article, Byline, DateStamp, Dateline, Media, Paragraph, Publisher, TextField } from '@newsdoc/core'
import type { Element, ElementContent, Properties } from 'hast'
import { h } from 'hastscript'
import { toJsonLd } from '../json-ld/to-json-ld.js'
import { nameOf } from '../shared/names.js'
import type { Piece } from '../shared/paragraph-pieces.js'
import { paragraphPieces } from '../shared/paragraph-pieces.js'

/** What handlers can reach while they render. */
export interface HtmlState {
  article: Article
  participants: ReadonlyMap<string, Article['participants'][number]>
  handlers: Handlers
  /** Render pieces of a paragraph with the current handlers. */
  all: (pieces: readonly Piece[]) => ElementContent[]
}

type Result = ElementContent | ElementContent[] | null

/**
 * One function per kind of node. Pass some of them in `options.handlers` to
 * change how that kind renders; each returns hast nodes, or null for none.
 */
export interface Handlers {
  headline: (headline: TextField, state: HtmlState) => Result
  subheadline: (subheadline: TextField, state: HtmlState) => Result
  byline: (byline: Byline, state: HtmlState) => Result
  dateline: (dateline: Dateline, state: HtmlState) => Result
  date: (date: DateStamp, role: 'published' | 'updated', state: HtmlState) => Result
  media: (media: Media, index: number, state: HtmlState) => Result
  paragraph: (paragraph: Paragraph, index: number, state: HtmlState) => Result
  piece: (piece: Piece, state: HtmlState) => Result
  publisher: (publisher: Publisher, state: HtmlState) => Result
  jsonLd: (article: Article, state: HtmlState) => Result
}

// Characters that could end the script element or a JavaScript string early.
const scriptUnsafe = /[<\u2028\u2029]/g

const camelCache = new Map<string, string>()

/** `speaker-name` → `dataSpeakerName`, hast's property name for `data-speaker-name`. */
function dataProperty(key: string): string {
  let name = camelCache.get(key)
  if (name === undefined) {
    name = `data${key.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase())}`
    camelCache.set(key, name)
  }
  return name
}

function dataAttributes(values: Record<string, string | number | null | undefined>): Properties {
  const properties: Properties = {}
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined) properties[dataProperty(key)] = String(value)
  }
  return properties
}

/**
 * A hast element built directly, with properties already in hast's form
 * (`className`, `dataParticipant`): the hot path of paragraph marks skips
 * hastscript's per-property look-ups.
 */
function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children }
}

function text(value: string): ElementContent {
  return { type: 'text', value }
}

/** `<time>` for a date stamp: `datetime` is the moment when known, the local reading otherwise. */
function timeElement(date: DateStamp): Element {
  return h('time', { dateTime: date.iso ?? date.local, ...dataAttributes({ 'time-zone': date.timeZone, 'time-zone-source': date.timeZoneSource, utc: date.utc }) }, date.text)
}

/** The default handlers. */
export const defaultHandlers: Handlers = {
  headline: (headline) => h('h1', headline.text),
  subheadline: (subheadline) => h('p', { className: ['subheadline'] }, subheadline.text),
  byline: (byline) => h('p', { className: ['byline'], ...dataAttributes({ authors: byline.authors.join('; ') }) }, byline.text),
  dateline: (dateline) => h('p', { className: ['dateline'], ...dataAttributes({ place: dateline.place, date: dateline.date, agency: dateline.agency }) }, dateline.text),
  date: (date, role) => h('p', { className: [role] }, [role === 'published' ? 'Published: ' : 'Updated: ', timeElement(date)]),
  media: (media, index) => {
    const credit: ElementContent[] = []
    if (media.credit !== null || media.creditLabel !== null) {
      const label = media.creditLabel === null ? [] : [`${media.creditLabel}: `]
      const value = media.credit === null ? [h('span', { className: ['credit-empty'] }, '(no credit given)')] : [media.credit]
      credit.push({ type: 'text', value: ' ' }, h('small', { className: ['credit'], ...dataAttributes({ empty: media.credit === null ? 'true' : null }) }, [...label, ...value]))
    }
    return h('figure', { id: `media-${index + 1}`, ...dataAttributes({ kind: media.kind, occurrences: media.occurrences }) }, [h('figcaption', [media.caption, ...credit])])
  },
  paragraph: (paragraph, index, state) => {
    const pieces = paragraphPieces(state.article, index)
    const only = pieces.length === 1 ? pieces[0] : undefined
    if (only?.type === 'statement' && only.quoted) {
      // A paragraph that is one verbatim quote, attribution elsewhere.
      const statement = only.statement
      return h('blockquote', { className: ['statement'], id: statement.id, ...statementData(statement, state) }, [h('p', state.all(only.children))])
    }
    return element('p', {}, state.all(pieces))
  },
  piece: (piece, state) => {
    switch (piece.type) {
      case 'text':
        return text(piece.value)
      case 'statement': {
        const properties = { className: ['statement'], id: piece.statement.id, ...statementData(piece.statement, state) }
        return element(piece.quoted ? 'q' : 'span', properties, state.all(piece.children))
      }
      case 'participant':
        return element(
          'span',
          {
            className: ['participant'],
            ...dataAttributes({ participant: piece.participant.id, kind: piece.participant.kind, speaker: piece.speakerOf.length > 0 ? piece.speakerOf.join(' ') : null })
          },
          [text(piece.value)]
        )
      case 'place':
        return element('span', { className: ['place'], ...dataAttributes({ place: piece.place.id, kind: piece.place.kind }) }, [text(piece.value)])
      case 'time':
        return element('time', piece.expression.resolved === null ? {} : { dateTime: piece.expression.resolved }, [text(piece.value)])
    }
  },
  publisher: (publisher) => h('p', { className: ['publisher'] }, publisher.text ?? publisher.name),
  jsonLd: (article) => {
    // The serializer writes script text raw: escape `<` (and the JS line
    // separators) so that no payload can close the script element.
    const json = JSON.stringify(toJsonLd(article)).replace(scriptUnsafe, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
    return h('script', { type: 'application/ld+json' }, json)
  }
}

function statementData(statement: Article['statements'][number], state: HtmlState): Properties {
  return dataAttributes({
    kind: statement.kind,
    cue: statement.cue,
    speaker: statement.speakerId,
    'speaker-name': nameOf(state.participants, statement.speakerId),
    via: statement.via,
    'via-name': nameOf(state.participants, statement.via)
  })
}
