import type { Article } from '@newsdoc/core'

/** The text fields a payload is placed in, one at a time. */
export const fields = ['headline', 'subheadline', 'byline', 'dateline', 'caption', 'credit', 'paragraph', 'quote', 'speaker'] as const
export type Field = (typeof fields)[number]

const span = (start: number, end: number): { start: number; end: number } => ({ start, end })

/**
 * A small, valid article whose `field` holds `value` and whose other fields
 * hold fixed harmless text. Spans are synthetic (this article was not
 * parsed); renderers never read the input.
 */
export function payloadArticle(field: Field, value: string): Article {
  const pick = (name: Field, fallback: string): string => (field === name ? value : fallback)
  const speaker = pick('speaker', 'Tom Reed')
  const quote = pick('quote', 'We did it')
  const quoteParagraph = `“${quote}” said ${speaker}.`
  const quoteStart = 1
  const speakerStart = quoteParagraph.lastIndexOf(speaker)
  return {
    schemaVersion: '1.0',
    id: 'payload',
    language: 'en',
    headline: { text: pick('headline', 'Bridge opens'), span: span(0, 10) },
    subheadline: { text: pick('subheadline', 'A long wait ends'), span: span(11, 20) },
    byline: { text: `By ${pick('byline', 'Ann Lee')}`, authors: [pick('byline', 'Ann Lee')], span: span(21, 30) },
    dateline: { text: `${pick('dateline', 'LONDON')} -`, place: pick('dateline', 'LONDON'), date: null, agency: null, span: span(31, 40) },
    publisher: { name: 'City Times', text: 'City Times', span: span(900, 910) },
    published: null,
    updated: null,
    media: [{ kind: 'image', caption: pick('caption', 'The bridge.'), credit: pick('credit', 'City Hall'), creditLabel: 'Photo', occurrences: 1, spans: [span(41, 50)] }],
    paragraphs: [
      { text: pick('paragraph', 'The bridge opened.'), span: span(100, 200) },
      { text: quoteParagraph, span: span(300, 300 + quoteParagraph.length) }
    ],
    participants: [
      {
        id: 'p1',
        kind: 'person',
        name: speaker,
        aliases: [],
        descriptions: [],
        role: null,
        mentions: [{ text: speaker, span: span(300 + speakerStart, 300 + speakerStart + speaker.length) }]
      }
    ],
    places: [],
    statements: [
      {
        id: 's1',
        kind: 'direct',
        speakerId: 'p1',
        speakerSpan: span(300 + speakerStart, 300 + speakerStart + speaker.length),
        via: null,
        cue: 'said',
        cueSpan: null,
        content: quote,
        span: span(300 + quoteStart, 300 + quoteStart + quote.length),
        paragraph: 1
      }
    ],
    timeExpressions: [],
    blocks: [],
    diagnostics: []
  }
}
