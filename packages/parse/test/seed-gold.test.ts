import { existsSync, readFileSync } from 'node:fs'
import type { Article } from '@newsdoc/core'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

// The seed's hand-made gold facts live beside the repository, in
// ../shared/fixtures; the in-repo fixture test covers the same input.
const folder = new URL('../../../../shared/fixtures/global-times/', import.meta.url)
const present = existsSync(new URL('putin-wang-yi.expected.json', folder))
if (!present) console.log('seed gold check skipped: ../shared/fixtures/global-times is missing')

interface Gold {
  headline: string
  publisher: string
  published: { text: string; local: string; withTimeZone: { timeZone: string; iso: string; utc: string } }
  media: Array<{ kind: string; caption: string; credit: string | null; occurrences: number }>
  paragraphCount: number
  paragraphStarts: string[]
  people: Array<{ name: string; aliases: string[]; descriptions: string[]; role: { title: string; affiliation: string } }>
  organizations: string[]
  places: string[]
  statements: Array<{ paragraph: number; speaker: string; via?: string; kind: string; cue: string; contentStarts: string; contentEnds: string }>
  timeExpressions: Array<{ text: string; resolved: string }>
}

describe.skipIf(!present)('seed gold facts', () => {
  const gold = present ? (JSON.parse(readFileSync(new URL('putin-wang-yi.expected.json', folder), 'utf8')) as Gold) : null
  const article: Article | null = present ? parseArticle(readFileSync(new URL('putin-wang-yi.txt', folder), 'utf8')) : null
  const nameOf = (id: string | null): string | null => article!.participants.find((participant) => participant.id === id)?.name ?? null

  it('finds headline and publisher', () => {
    expect(article!.headline?.text).toBe(gold!.headline)
    expect(article!.publisher?.name).toBe(gold!.publisher)
  })

  it('reads the publication time in the publisher’s zone', () => {
    expect(article!.published).toMatchObject({
      text: gold!.published.text,
      local: gold!.published.local,
      timeZone: gold!.published.withTimeZone.timeZone,
      iso: gold!.published.withTimeZone.iso,
      utc: gold!.published.withTimeZone.utc
    })
  })

  it('folds the repeated caption into one image', () => {
    expect(article!.media.map(({ kind, caption, credit, occurrences }) => ({ kind, caption, credit, occurrences }))).toEqual(gold!.media)
  })

  it('finds the ten paragraphs', () => {
    expect(article!.paragraphs).toHaveLength(gold!.paragraphCount)
    article!.paragraphs.forEach((paragraph, index) => expect(paragraph.text.startsWith(gold!.paragraphStarts[index]!)).toBe(true))
  })

  it('finds the five people with aliases, descriptions and roles', () => {
    for (const expected of gold!.people) {
      const found = article!.participants.find((participant) => participant.kind === 'person' && participant.name === expected.name)
      expect(found, expected.name).toBeDefined()
      expect({ name: found!.name, aliases: found!.aliases, descriptions: found!.descriptions, role: found!.role }).toEqual(expected)
    }
  })

  it('finds the seven organizations', () => {
    const names = article!.participants.filter((participant) => participant.kind === 'organization').map((participant) => participant.name)
    for (const name of gold!.organizations) expect(names).toContain(name)
  })

  it('finds the six places', () => {
    expect(article!.places.map((place) => place.name).sort()).toEqual([...gold!.places].sort())
  })

  it('finds exactly the ten statements, with speaker, kind, cue, content and via', () => {
    expect(article!.statements).toHaveLength(gold!.statements.length)
    gold!.statements.forEach((expected, index) => {
      const statement = article!.statements[index]!
      expect({
        paragraph: statement.paragraph + 1,
        speaker: nameOf(statement.speakerId),
        ...(expected.via === undefined ? {} : { via: nameOf(statement.via) }),
        kind: statement.kind,
        cue: statement.cue
      }).toEqual({ paragraph: expected.paragraph, speaker: expected.speaker, ...(expected.via === undefined ? {} : { via: expected.via }), kind: expected.kind, cue: expected.cue })
      expect(statement.content.startsWith(expected.contentStarts), statement.content).toBe(true)
      expect(statement.content.replace(/[.,]$/, '').endsWith(expected.contentEnds), statement.content).toBe(true)
      if (expected.via === undefined) expect(statement.via).toBeNull()
    })
  })

  it('resolves the three time expressions', () => {
    expect(article!.timeExpressions.map(({ text, resolved }) => ({ text, resolved }))).toEqual(gold!.timeExpressions)
  })
})
