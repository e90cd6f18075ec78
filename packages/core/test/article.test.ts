import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Article, checkSpans } from '../src/index.js'

const fixture = new URL('./fixtures/seed/', import.meta.url)
const input = readFileSync(new URL('input.txt', fixture), 'utf8')
const seed: unknown = JSON.parse(readFileSync(new URL('article.json', fixture), 'utf8'))

function copy(): Article {
  return structuredClone(seed) as Article
}

function messages(value: unknown): string[] {
  const result = Article.safeParse(value)
  if (result.success) return []
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('Article', () => {
  it('accepts the hand-written seed article', () => {
    expect(messages(seed)).toEqual([])
  })

  it('does not mutate its input', () => {
    const value = copy()
    const before = JSON.stringify(value)
    Article.parse(value)
    expect(JSON.stringify(value)).toBe(before)
  })

  it('rejects a speakerId that names no participant', () => {
    const broken = copy()
    broken.statements[1]!.speakerId = 'p99'
    expect(messages(broken)).toMatchInlineSnapshot(`
      [
        "statements.1.speakerId: Expected \`speakerId\` to name a participant, not \`p99\`",
      ]
    `)
  })

  it('rejects a via that names no participant', () => {
    const broken = copy()
    broken.statements[9]!.via = 'o99'
    expect(messages(broken)).toMatchInlineSnapshot(`
      [
        "statements.9.via: Expected \`via\` to name a participant, not \`o99\`",
      ]
    `)
  })

  it('rejects a paragraph index past the last paragraph', () => {
    const broken = copy()
    broken.statements[0]!.paragraph = 10
    expect(messages(broken)).toMatchInlineSnapshot(`
      [
        "statements.0.paragraph: Expected \`paragraph\` below 10, not \`10\`",
      ]
    `)
  })

  it('rejects a span that ends before it starts', () => {
    const broken = copy()
    broken.paragraphs[0]!.span = { start: 10, end: 5 }
    expect(messages(broken)).toMatchInlineSnapshot(`
      [
        "paragraphs.0.span.end: Expected \`start <= end\`",
      ]
    `)
  })

  it('rejects a negative offset', () => {
    const broken = copy()
    broken.paragraphs[0]!.span = { start: -1, end: 5 }
    expect(messages(broken)).toEqual(['paragraphs.0.span.start: Too small: expected number to be >=0'])
  })

  it('rejects duplicate participant ids', () => {
    const broken = copy()
    broken.participants[1]!.id = 'p1'
    expect(messages(broken)).toContain('participants.1.id: Expected a unique participant id, not a second `p1`')
  })

  it('rejects overlapping blocks', () => {
    const broken = copy()
    broken.blocks[1]!.span = { start: 50, end: 105 }
    expect(messages(broken)).toMatchInlineSnapshot(`
      [
        "blocks.1.span: Expected blocks in input order without overlap, not a block starting at 50 before 72",
      ]
    `)
  })

  it('rejects a media whose spans do not match its occurrences', () => {
    const broken = copy()
    broken.media[0]!.occurrences = 3
    expect(messages(broken)).toEqual(['media.0.spans: Expected one span per occurrence'])
  })

  it('rejects a missing optional field: absent fields are null, never missing', () => {
    const broken = copy() as Partial<Article>
    delete broken.byline
    expect(messages(broken)).toEqual(['byline: Invalid input: expected object, received undefined'])
  })
})

describe('checkSpans', () => {
  it('finds every span of the seed article in place', () => {
    expect(checkSpans(copy(), input)).toEqual([])
  })

  it('reports a span that points at other text', () => {
    const broken = copy()
    broken.headline!.span = { start: 73, end: 105 }
    expect(checkSpans(broken, input)).toMatchInlineSnapshot(`
      [
        {
          "message": "Expected the input at 73…105 to be \`"Russian President Vladimir Putin meets with Chinese top d…"\`, not \`"Published: Sep 21, 2023 01:53 AM"\`",
          "path": [
            "headline",
            "span",
          ],
        },
      ]
    `)
  })

  it('reports a span outside the input', () => {
    const broken = copy()
    broken.participants[0]!.mentions.push({ text: 'Putin', span: { start: 5000, end: 5005 } })
    const issues = checkSpans(broken, input)
    expect(issues).toHaveLength(1)
    expect(issues[0]!.message).toBe('Expected a span inside the input (0…3209), not 5000…5005')
  })

  it('reports a statement that leaves its paragraph', () => {
    const broken = copy()
    broken.statements[1]!.paragraph = 0
    const issues = checkSpans(broken, input)
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['statements.1.span'])
  })

  it('checks paragraph text under folded whitespace', () => {
    const wrapped = `Headline\n\nOne line\n   wrapped.`
    const article = copy()
    article.paragraphs = [{ text: 'One line wrapped.', span: { start: 10, end: 30 } }]
    article.statements = []
    article.media = []
    article.timeExpressions = []
    article.participants = []
    article.places = []
    article.blocks = []
    article.published = null
    article.publisher = null
    article.headline = { text: 'Headline', span: { start: 0, end: 8 } }
    expect(checkSpans(article, wrapped)).toEqual([])
  })
})
