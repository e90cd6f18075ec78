import { existsSync, readFileSync } from 'node:fs'
import type { Article } from '@newsdoc/core'
import { Article as ArticleSchema } from '@newsdoc/core'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import type { Nodes as MdastNodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmTable } from 'micromark-extension-gfm-table'
import { parseFragment } from 'parse5'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { toHtml, toMarkdown, toNinjs } from '../src/index.js'
import { fuzzSettings, hostileText } from './fuzz-settings.js'
import { payloadArticle } from './payload-article.js'
import { fixtures, sharedFolder } from './support.js'

// Fuzzing the renderers: articles made from the fixtures with hostile text in
// any field and parts removed. Whatever the text, the HTML holds only the
// renderer's own elements and attributes and shows every field's text; the
// Markdown holds no HTML, link or image and reads back to every field's text;
// ninjs validates.

type Edit = [kind: (typeof editKinds)[number], value: string, index: number]
const editKinds = ['headline', 'no headline', 'subheadline', 'byline', 'no byline', 'dateline', 'no dateline', 'no dates', 'caption', 'credit', 'no media', 'publisher', 'paragraph', 'paragraph prefix', 'content', 'name', 'alias', 'description', 'role', 'place', 'time', 'no statements',
  'updated', 'day date', 'video', 'no credit', 'no credit label', 'repeated media', 'organization', 'no role', 'via', 'no speaker', 'unknown speaker', 'indirect', 'direct', 'no publisher', 'unresolved time'] as const

// Names and contents are never empty in a parsed article; a blank value gets a letter.
const nonEmpty = (value: string): string => (value.length > 0 ? value : 'x')

/** The article after one edit (a fresh object; the base is not touched). */
function applyEdit(article: Article, [kind, value, index]: Edit): Article {
  const at = <T>(items: readonly T[]): number => index % Math.max(items.length, 1)
  switch (kind) {
    case 'headline':
      return { ...article, headline: { text: value, span: article.headline?.span ?? { start: 0, end: 0 } } }
    case 'no headline':
      return { ...article, headline: null }
    case 'subheadline':
      return { ...article, subheadline: { text: value, span: { start: 0, end: 0 } } }
    case 'byline':
      return { ...article, byline: { text: `By ${value}`, authors: [value], span: { start: 0, end: 0 } } }
    case 'no byline':
      return { ...article, byline: null }
    case 'dateline':
      return { ...article, dateline: { text: `${value} -`, place: value, date: null, agency: value, span: { start: 0, end: 0 } } }
    case 'no dateline':
      return { ...article, dateline: null }
    case 'no dates':
      return { ...article, published: null, updated: null }
    case 'caption':
    case 'credit':
      return { ...article, media: article.media.map((media, position) => (position === at(article.media) ? { ...media, [kind]: value } : media)) }
    case 'no media':
      return { ...article, media: [] }
    case 'publisher':
      return { ...article, publisher: { name: nonEmpty(value), text: value, span: { start: 0, end: 0 } } }
    case 'paragraph':
    case 'paragraph prefix':
      return {
        ...article,
        paragraphs: article.paragraphs.map((paragraph, position) => (position === at(article.paragraphs) ? { ...paragraph, text: kind === 'paragraph' ? value : value + paragraph.text } : paragraph))
      }
    case 'content':
      return { ...article, statements: article.statements.map((statement, position) => (position === at(article.statements) ? { ...statement, content: nonEmpty(value) } : statement)) }
    case 'name':
    case 'alias':
    case 'description':
    case 'role':
      return {
        ...article,
        participants: article.participants.map((participant, position) => {
          if (position !== at(article.participants)) return participant
          if (kind === 'name') return { ...participant, name: nonEmpty(value), mentions: participant.mentions.map((mention) => ({ ...mention, text: value })) }
          if (kind === 'alias') return { ...participant, aliases: [...participant.aliases, nonEmpty(value)] }
          if (kind === 'description') return { ...participant, descriptions: [value] }
          return { ...participant, role: { title: value, affiliation: value } }
        })
      }
    case 'place':
      return { ...article, places: article.places.map((place, position) => (position === at(article.places) ? { ...place, name: nonEmpty(value), mentions: place.mentions.map((mention) => ({ ...mention, text: value })) } : place)) }
    case 'time':
      return { ...article, timeExpressions: article.timeExpressions.map((expression, position) => (position === at(article.timeExpressions) ? { ...expression, text: value } : expression)) }
    case 'no statements':
      return { ...article, statements: [] }
    case 'updated':
      return { ...article, updated: article.published }
    case 'day date':
      return { ...article, published: article.published && { ...article.published, iso: null, utc: null, timeZone: null, timeZoneSource: null, precision: 'day' } }
    case 'video':
    case 'no credit':
    case 'no credit label':
    case 'repeated media':
      return {
        ...article,
        media: article.media.map((media) => {
          if (kind === 'video') return { ...media, kind: 'video' as const }
          if (kind === 'no credit') return { ...media, credit: null }
          if (kind === 'no credit label') return { ...media, creditLabel: null }
          return { ...media, occurrences: 2, spans: [media.spans[0]!, media.spans[0]!] }
        })
      }
    case 'organization':
    case 'no role':
      return { ...article, participants: article.participants.map((participant, position) => (position === at(article.participants) ? { ...participant, role: null, ...(kind === 'organization' ? { kind: 'organization' as const } : {}) } : participant)) }
    case 'via':
    case 'no speaker':
    case 'unknown speaker':
    case 'indirect':
    case 'direct':
      return {
        ...article,
        statements: article.statements.map((statement, position) => {
          if (position !== at(article.statements)) return statement
          if (kind === 'via') return { ...statement, via: article.participants[0]?.id ?? null }
          if (kind === 'no speaker') return { ...statement, speakerId: null, speakerSpan: null, cue: null, cueSpan: null }
          if (kind === 'unknown speaker') return { ...statement, speakerId: null }
          return { ...statement, kind }
        })
      }
    case 'no publisher':
      return { ...article, publisher: null }
    case 'unresolved time':
      return { ...article, timeExpressions: article.timeExpressions.map((expression) => ({ ...expression, resolved: null })) }
  }
}

const bases = [...fixtures().map((fixture) => fixture.article), payloadArticle('headline', 'Bridge opens')]
const edit = fc.tuple(fc.constantFrom(...editKinds), hostileText, fc.nat())
const fuzzedArticle = fc.tuple(fc.constantFrom(...bases), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([base, edits]) => edits.reduce(applyEdit, base))

/** The texts every render must show as they are. */
function shownTexts(article: Article): string[] {
  return [article.headline?.text, article.subheadline?.text, ...article.paragraphs.map((paragraph) => paragraph.text), ...article.media.map((media) => media.caption)].filter(
    (value): value is string => value !== undefined && value.length > 0
  )
}

// ——— HTML ———

interface HtmlNode {
  nodeName: string
  tagName?: string
  attrs?: Array<{ name: string; value: string }>
  value?: string
  childNodes?: HtmlNode[]
}

/** Every element and attribute name in some HTML, as `<tag>` and `tag@attribute`. */
function vocabulary(html: string): Set<string> {
  const names = new Set<string>()
  const walk = (node: HtmlNode): void => {
    if (node.tagName !== undefined) {
      names.add(`<${node.tagName}>`)
      for (const attribute of node.attrs ?? []) names.add(`${node.tagName}@${attribute.name}`)
    }
    for (const child of node.childNodes ?? []) walk(child)
  }
  walk(parseFragment(html) as unknown as HtmlNode)
  return names
}

// The renderer's own elements and attributes: those it writes for the bases
// with each edit made with harmless text, at each of the first ten places.
const ownVocabulary = new Set(
  bases.flatMap((base) => editKinds.flatMap((kind) => Array.from({ length: 10 }, (_, index) => [...vocabulary(toHtml(applyEdit(base, [kind, 'Plain text', index])))]).flat()))
)

// A page is served as UTF-8, which writes a lone surrogate as U+FFFD (and
// parse5 mis-reads two lone trail surrogates, so it only ever sees UTF-8).
const asServed = (text: string): string => Buffer.from(text, 'utf8').toString('utf8')

// The HTML parser's own input normalization (CR and CRLF become LF, NUL
// becomes U+FFFD); quotation marks are left out on both sides because a
// direct quote's marks become a <q> element.
const htmlNormalize = (text: string): string => asServed(text).replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD').replace(/["“”]/g, '')

/** What is wrong with one HTML render: foreign elements or attributes, a script that is not JSON, missing text. */
function htmlProblems(html: string, article: Article): string[] {
  const problems: string[] = []
  const texts: string[] = []
  const walk = (node: HtmlNode): void => {
    if (node.tagName !== undefined) {
      if (!ownVocabulary.has(`<${node.tagName}>`)) problems.push(`element <${node.tagName}>`)
      for (const attribute of node.attrs ?? []) if (!ownVocabulary.has(`${node.tagName}@${attribute.name}`)) problems.push(`attribute ${attribute.name} on <${node.tagName}>`)
      if (node.tagName === 'script') {
        const type = node.attrs?.find((attribute) => attribute.name === 'type')?.value
        const body = (node.childNodes ?? []).map((child) => child.value ?? '').join('')
        if (type !== 'application/ld+json') problems.push(`script of type ${type}`)
        else if (body.includes('<')) problems.push('`<` inside the JSON-LD script')
        else JSON.parse(body)
        return
      }
    }
    if (node.nodeName === '#text' && node.value !== undefined) texts.push(node.value)
    for (const child of node.childNodes ?? []) walk(child)
  }
  walk(parseFragment(asServed(html)) as unknown as HtmlNode)
  const shown = htmlNormalize(texts.join(''))
  for (const text of shownTexts(article)) if (!shown.includes(htmlNormalize(text))) problems.push(`text not shown: ${JSON.stringify(text)}`)
  return problems
}

// ——— Markdown ———

const markdownOptions = { extensions: [gfmTable(), frontmatter(['yaml'])], mdastExtensions: [gfmTableFromMarkdown(), frontmatterFromMarkdown(['yaml'])] }
const markupTypes = new Set(['html', 'link', 'image', 'definition', 'linkReference', 'imageReference'])
// The Markdown parser's own normalization: NUL becomes U+FFFD, and so does a
// control character written as a character reference (as in HTML), which
// the serializer must do where a raw one would break emphasis (`**&#xB;**`).
// Both sides are compared with controls as U+FFFD.
// eslint-disable-next-line no-control-regex -- control characters are the point here
const markdownNormalize = (text: string): string => text.replace(/[\0-\x08\v\x0E-\x1F\x7F-\x9F]/g, '\uFFFD')

/** What is wrong with one Markdown render: markup read back (as plain CommonMark too), front matter or text that differ. */
function markdownProblems(markdown: string, article: Article): string[] {
  const problems: string[] = []
  const textOf = (node: MdastNodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '')
  const blocks: string[] = []
  let yaml: unknown = undefined
  const walk = (node: MdastNodes, depth: number): void => {
    if (markupTypes.has(node.type)) problems.push(`${node.type} node`)
    if (node.type === 'yaml') yaml = parseYaml(node.value)
    if (depth === 1) blocks.push(markdownNormalize(textOf(node)))
    if ('children' in node) for (const child of node.children) walk(child, depth + 1)
  }
  walk(fromMarkdown(markdown, markdownOptions), 0)
  const plain = (node: MdastNodes): void => {
    if (markupTypes.has(node.type)) problems.push(`${node.type} node in plain CommonMark`)
    if ('children' in node) for (const child of node.children) plain(child)
  }
  plain(fromMarkdown(markdown))
  if ((yaml as { headline?: unknown } | undefined)?.headline !== (article.headline?.text ?? null)) problems.push('front matter headline differs')
  for (const text of shownTexts(article)) {
    if (text !== undefined && text.length > 0 && !blocks.some((block) => block.includes(markdownNormalize(text)))) problems.push(`text not read back: ${JSON.stringify(text)}`)
  }
  return problems
}

// ——— ninjs ———

const schemaFile = new URL('standards/ninjs-schema_3.1.json', sharedFolder)
const ninjsPresent = existsSync(schemaFile)
if (!ninjsPresent) console.log('ninjs fuzz skipped: ../shared/standards is missing')

function ninjsValidator(): (value: unknown) => unknown[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  ;(addFormats as unknown as (ajv: Ajv2020) => void)(ajv)
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object)
  return (value) => (validate(value) ? [] : [...(validate.errors ?? [])])
}

describe('fuzzing the renderers', () => {
  it('makes valid articles to render', () => {
    fc.assert(
      fc.property(fuzzedArticle, (article) => {
        expect(ArticleSchema.safeParse(article).error?.issues ?? []).toEqual([])
      }),
      fuzzSettings
    )
  })

  it('writes HTML with only its own elements and every text shown', () => {
    fc.assert(
      fc.property(fuzzedArticle, fc.boolean(), fc.boolean(), (article, document, jsonLd) => {
        const html = toHtml(article, { document, jsonLd })
        // A full document's <head> is the renderer's too; check the <article> inside it.
        const body = document ? html.slice(html.indexOf('<article'), html.lastIndexOf('</article>') + '</article>'.length) : html
        expect(htmlProblems(body, article)).toEqual([])
      }),
      fuzzSettings
    )
  })

  it('writes Markdown that holds no markup and reads back to every text', () => {
    fc.assert(
      fc.property(fuzzedArticle, fc.boolean(), (article, statements) => {
        expect(markdownProblems(toMarkdown(article, { statements }), article)).toEqual([])
      }),
      fuzzSettings
    )
  })

  it.skipIf(!ninjsPresent)('writes ninjs that validates against ninjs 3.1', () => {
    const errors = ninjsValidator()
    fc.assert(
      fc.property(fuzzedArticle, (article) => {
        expect(errors(toNinjs(article))).toEqual([])
      }),
      fuzzSettings
    )
  })

  it('writes ninjs that carries every text as it is and survives JSON', () => {
    fc.assert(
      fc.property(fuzzedArticle, (article) => {
        const ninjs = toNinjs(article)
        expect(JSON.parse(JSON.stringify(ninjs))).toEqual(ninjs)
        expect(ninjs.uri).toBe(`urn:newsdoc:article:${article.id}`)
        expect(ninjs.headlines?.find((headline) => headline.role === 'main')?.value).toBe(article.headline?.text)
        const body = article.paragraphs.map((paragraph) => paragraph.text).join('\n\n')
        expect(ninjs.bodies?.[0]).toMatchObject({ role: 'main', value: body, charCount: body.length })
        expect((ninjs.associations ?? []).map((association) => association.descriptions?.[0]?.value)).toEqual(article.media.map((media) => media.caption))
        const named = [...(ninjs.people ?? []), ...(ninjs.organisations ?? [])].map((entity) => entity.name)
        for (const participant of article.participants) expect(named).toContain(participant.name)
      }),
      fuzzSettings
    )
  })

  it('catches foreign markup (negative control)', () => {
    const seed = bases[0]!
    expect(htmlProblems('<article><p>a</p><img src=x onerror=alert(1)></article>', { ...seed, headline: null, subheadline: null, paragraphs: [], media: [] })).toEqual([
      'element <img>',
      'attribute src on <img>',
      'attribute onerror on <img>'
    ])
    expect(markdownProblems('---\nheadline: null\n---\n\n[a](javascript:x) <b>', { ...seed, headline: null, paragraphs: [], media: [] })).toEqual(['link node', 'html node', 'link node in plain CommonMark', 'html node in plain CommonMark'])
  })
})
