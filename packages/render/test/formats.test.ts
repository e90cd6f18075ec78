import { existsSync, readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { NewsArticle, WithContext } from 'schema-dts'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { defaultHandlers, toHast, toHtml, toJsonLd, toMarkdown, toNinjs } from '../src/index.js'
import { fields, payloadArticle } from './payload-article.js'
import { fixtures, sharedFolder } from './support.js'

const schemaFile = new URL('standards/ninjs-schema_3.1.json', sharedFolder)
const present = existsSync(schemaFile)
if (!present) console.log('ninjs schema check skipped: ../shared/standards is missing')

describe.skipIf(!present)('toNinjs', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  ;(addFormats as unknown as (ajv: Ajv2020) => void)(ajv)
  // ninjs refers to the GeoJSON schema by URL; nothing is fetched here, and
  // toNinjs writes no geoJSON, so a permissive stand-in with that $id will do.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  const validate = present ? ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object) : () => true
  const errors = (value: unknown): unknown[] => (validate(value) ? [] : [...((validate as { errors?: unknown[] }).errors ?? [])])

  for (const { name, article } of fixtures()) {
    it(`validates against ninjs 3.1: ${name}`, () => {
      expect(errors(toNinjs(article))).toEqual([])
    })
  }

  it('validates with hostile text in every field', () => {
    for (const field of fields) expect(errors(toNinjs(payloadArticle(field, '<script>alert(1)</script> "x" \u0000 \ud800')))).toEqual([])
  })
})

describe('toNinjs content', () => {
  const seed = fixtures().find((fixture) => fixture.name === 'seed')!.article

  it('carries the seed’s facts', () => {
    const ninjs = toNinjs(seed)
    expect(ninjs.uri).toBe('urn:newsdoc:article:seed-putin-wang-yi')
    expect(ninjs.headlines).toEqual([{ role: 'main', contentType: 'text/plain', value: seed.headline!.text }])
    expect(ninjs.firstCreated).toBe('2023-09-21T01:53:00+08:00')
    expect(ninjs.infoSources).toEqual([{ name: 'Global Times', role: 'publisher' }])
    expect(ninjs.people?.map((person) => person.name)).toEqual(['Vladimir Putin', 'Wang Yi', 'Xi Jinping', 'Nikolai Patrushev', 'Sergei Lavrov'])
    expect(ninjs.organisations).toHaveLength(7)
    expect(ninjs.places?.map((place) => place.name)).toEqual(['Moscow', 'Kremlin', 'Russia', 'China', 'US', 'Ukraine'])
    expect(ninjs.associations).toEqual([
      {
        name: 'image-1',
        uri: 'urn:newsdoc:article:seed-putin-wang-yi#media-1',
        type: 'picture',
        descriptions: [{ role: 'caption', contentType: 'text/plain', value: seed.media[0]!.caption }]
      }
    ])
  })
})

describe('toJsonLd', () => {
  const seed = fixtures().find((fixture) => fixture.name === 'seed')!.article

  it('is typed as a schema.org NewsArticle', () => {
    expectTypeOf(toJsonLd).returns.toEqualTypeOf<WithContext<NewsArticle>>()
  })

  it('describes the seed with offsets, mentions and claims', () => {
    const jsonLd = toJsonLd(seed) as unknown as Record<string, unknown>
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: seed.headline!.text, datePublished: '2023-09-21T01:53:00+08:00', publisher: { '@type': 'Organization', name: 'Global Times' } })
    expect((jsonLd.mentions as Array<Record<string, unknown>>)[0]).toEqual({
      '@type': 'Person',
      name: 'Vladimir Putin',
      alternateName: ['Putin'],
      jobTitle: 'President',
      affiliation: { '@type': 'Organization', name: 'Russia' },
      description: 'Russian President'
    })
    const parts = jsonLd.hasPart as Array<Record<string, unknown>>
    expect(parts).toHaveLength(10)
    expect(parts.every((part) => part['@type'] === 'Claim')).toBe(true)
    expect(parts[9]).toMatchObject({ author: { name: 'Vladimir Putin' }, appearance: { '@type': 'CreativeWork', author: { name: "China's Foreign Ministry" } } })
  })

  it('leaves out datePublished when the zone is unknown', () => {
    const article = structuredClone(seed)
    article.published = { ...article.published!, timeZone: null, timeZoneSource: null, iso: null, utc: null }
    expect(toJsonLd(article)).not.toHaveProperty('datePublished')
  })
})

describe('toHtml', () => {
  const quotes = fixtures().find((fixture) => fixture.name === 'quotes')!.article

  it('cannot be closed from inside the JSON-LD script', () => {
    const html = toHtml(payloadArticle('headline', '</script><script>alert(1)</script>'))
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!
    expect(script).not.toContain('<')
    expect((JSON.parse(script) as { headline: string }).headline).toBe('</script><script>alert(1)</script>')
  })

  it('lets handlers be replaced', () => {
    const html = toHtml(quotes, { jsonLd: false, handlers: { headline: (headline) => ({ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: headline.text }] }) } })
    expect(html).toContain('<h2>Mayor opens river bridge</h2>')
    expect(html).not.toContain('<h1>')
  })

  it('marks verbatim quotes with q and blockquote, reported speech with span', () => {
    const html = toHtml(quotes, { jsonLd: false })
    expect(html).toContain('<q class="statement" id="s1" data-kind="direct" data-cue="said" data-speaker="p1" data-speaker-name="Tom Reed">This bridge joins two halves of our town,</q> Mayor')
    expect(html).toContain('<blockquote class="statement" id="s3" data-kind="direct"><p>We are proud of the workers who built it.</p></blockquote>')
    expect(html).toContain('<span class="statement" id="s4" data-kind="mixed"')
  })

  it('keeps the default handlers public and the tree a hast root', () => {
    expect(Object.keys(defaultHandlers).sort()).toEqual(['byline', 'date', 'dateline', 'headline', 'jsonLd', 'media', 'paragraph', 'piece', 'publisher', 'subheadline'])
    expect(toHast(quotes).type).toBe('root')
  })

  it('does not mutate its input', () => {
    for (const { article } of fixtures()) {
      const before = JSON.stringify(article)
      toHtml(article, { document: true })
      toMarkdown(article)
      toNinjs(article)
      toJsonLd(article)
      expect(JSON.stringify(article)).toBe(before)
    }
  })

  it('renders the same twice', () => {
    for (const { article } of fixtures()) expect(toHtml(article)).toBe(toHtml(article))
  })
})
