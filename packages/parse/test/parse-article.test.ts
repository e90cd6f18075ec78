import { readFileSync } from 'node:fs'
import { checkSpans } from '@newsdoc/core'
import { describe, expect, it } from 'vitest'
import { NewsdocError, parseArticle, safeParseArticle } from '../src/index.js'
import { tilingProblems } from './support/coverage.js'

const seed = readFileSync(new URL('./fixtures/global-times/input.txt', import.meta.url), 'utf8')

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run()
  } catch (error) {
    if (NewsdocError.isInstance(error)) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('Expected a refusal')
}

describe('refusals', () => {
  it('refuses a value that is not text', () => {
    expect([undefined, null, 42, {}, [], true].map((value) => refusal(() => parseArticle(value as string)))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_input_type",
          "message": "Expected a string or a \`Uint8Array\`, not \`undefined\`",
        },
        {
          "code": "invalid_input_type",
          "message": "Expected a string or a \`Uint8Array\`, not \`null\`",
        },
        {
          "code": "invalid_input_type",
          "message": "Expected a string or a \`Uint8Array\`, not \`42\` (number)",
        },
        {
          "code": "invalid_input_type",
          "message": "Expected a string or a \`Uint8Array\`, not an object",
        },
        {
          "code": "invalid_input_type",
          "message": "Expected a string or a \`Uint8Array\`, not an array",
        },
        {
          "code": "invalid_input_type",
          "message": "Expected a string or a \`Uint8Array\`, not \`true\` (boolean)",
        },
      ]
    `)
  })

  it('refuses empty and blank text', () => {
    expect(refusal(() => parseArticle(''))).toEqual({ code: 'empty_input', message: 'Expected article text, not an empty string' })
    expect(refusal(() => parseArticle(' \n\t\u00a0\r\n'))).toEqual({ code: 'empty_input', message: 'Expected article text, not only whitespace' })
    expect(refusal(() => parseArticle(new Uint8Array([0xef, 0xbb, 0xbf])))).toMatchObject({ code: 'empty_input' })
  })

  it('refuses text over maxLength', () => {
    expect(refusal(() => parseArticle('Hello world', { maxLength: 5 }))).toEqual({
      code: 'input_too_large',
      message: 'Expected at most 5 characters (`maxLength`), not 11'
    })
  })

  it('refuses bad options', () => {
    expect(refusal(() => parseArticle(seed, { timeZone: 'Mars/Olympus_Mons' })).message).toBe(
      'Expected `timeZone` to be an IANA time zone such as `Europe/Berlin`, not `Mars/Olympus_Mons`'
    )
    expect(refusal(() => parseArticle(seed, { profile: 'pravda' })).message).toBe(
      'Expected `profile` among `global-times`, `reuters-1987`, `reuters`, `ap`, `xinhua`, `bbc`, `cnn`, `generic`, not `pravda`'
    )
    expect(refusal(() => parseArticle(seed, { colour: 'red' } as never)).code).toBe('invalid_option')
    expect(refusal(() => parseArticle(seed, { maxLength: -1 })).message).toBe('Expected `maxLength` to be a positive integer, not `-1` (number)')
    expect(refusal(() => parseArticle(seed, 'fast' as never)).message).toBe('Expected options to be an object, not `"fast"` (string)')
  })

  it('returns refusals from safeParseArticle instead of throwing', () => {
    const result = safeParseArticle(null)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.code).toBe('invalid_input_type')
    const ok = safeParseArticle(seed)
    expect(ok.success && ok.data.headline?.text).toBe('Russian President Vladimir Putin meets with Chinese top diplomat Wang Yi')
  })
})

describe('input forms', () => {
  it('reads UTF-8 bytes, dropping a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed)])
    const fromBytes = parseArticle(bytes)
    const fromText = parseArticle(seed)
    expect(fromBytes).toEqual(fromText)
  })

  it('replaces invalid bytes and reports each', () => {
    const text = 'Prices rise\n\nThe pound fell to X against the dollar.'
    const bytes = new TextEncoder().encode(text)
    bytes[text.indexOf('X')] = 0xa3 // a Latin-1 pound sign, invalid as UTF-8
    const article = parseArticle(bytes)
    expect(article.diagnostics).toEqual([
      { code: 'invalid_utf8', severity: 'warning', message: 'Expected valid UTF-8, not an invalid byte sequence (replaced by U+FFFD)', span: { start: 31, end: 32 } }
    ])
    expect(article.paragraphs[0]!.text).toBe('The pound fell to \uFFFD against the dollar.')
  })

  it('keeps spans on the caller’s string with CRLF, CR, tabs, NBSP and zero-width characters', () => {
    for (const text of [seed.replaceAll('\n', '\r\n'), seed.replaceAll('\n', '\r'), seed.replaceAll(' meets ', '\tmeets\u00a0').replace('Moscow', 'Mos\u200bcow')]) {
      const article = parseArticle(text)
      expect(checkSpans(article, text)).toEqual([])
      expect(tilingProblems(article, text)).toEqual([])
      expect(article.paragraphs).toHaveLength(10)
      expect(article.published?.utc).toBe('2023-09-20T17:53:00.000Z')
    }
  })

  it('keeps a string BOM in place, outside every block', () => {
    const article = parseArticle(`\ufeff${seed}`)
    expect(article.headline?.span).toEqual({ start: 1, end: 73 })
  })
})

describe('dates and zones', () => {
  const text = 'Mayor opens bridge\nPublished: March 3, 2024 10:15 AM\n\nThe mayor opened the bridge on Saturday.'

  it('leaves the moment open when no zone is known', () => {
    expect(parseArticle(text).published).toMatchObject({ local: '2024-03-03T10:15:00', timeZone: null, timeZoneSource: null, iso: null, utc: null })
  })

  it('takes the zone from options.timeZone', () => {
    expect(parseArticle(text, { timeZone: 'Europe/Berlin' }).published).toMatchObject({
      timeZone: 'Europe/Berlin',
      timeZoneSource: 'option',
      iso: '2024-03-03T10:15:00+01:00',
      utc: '2024-03-03T09:15:00.000Z'
    })
  })

  it('prefers the zone the text states', () => {
    const stated = text.replace('10:15 AM', '10:15 AM GMT')
    expect(parseArticle(stated, { timeZone: 'Europe/Berlin' }).published).toMatchObject({ timeZone: 'UTC', timeZoneSource: 'explicit', utc: '2024-03-03T10:15:00.000Z' })
  })

  it('prefers the publisher’s zone to the option', () => {
    expect(parseArticle(seed, { timeZone: 'Europe/Berlin' }).published).toMatchObject({ timeZone: 'Asia/Shanghai', timeZoneSource: 'publisher' })
  })

  it('does not depend on the host zone', () => {
    // The parse never reads the host zone; the same input gives the same JSON.
    expect(JSON.stringify(parseArticle(seed))).toBe(JSON.stringify(parseArticle(seed)))
  })
})

describe('options', () => {
  it('forces a profile', () => {
    const text = 'Council backs new cycle lanes\n\nCouncillors voted for three new lanes.'
    expect(parseArticle(text).publisher).toBeNull()
    expect(parseArticle(text, { profile: 'bbc' }).publisher).toEqual({ name: 'BBC News', text: null, span: null })
  })

  it('names the publisher the text does not', () => {
    expect(parseArticle('Headline here\n\nSome text.', { publisher: 'Daily Planet' }).publisher).toEqual({ name: 'Daily Planet', text: null, span: null })
  })

  it('does not mutate its options', () => {
    const options = Object.freeze({ timeZone: 'Europe/Berlin', maxLength: 1_000_000 })
    parseArticle(seed, options)
    expect(options).toEqual({ timeZone: 'Europe/Berlin', maxLength: 1_000_000 })
  })

  it('gives the same id for the same text and another for other text', () => {
    expect(parseArticle(seed).id).toBe(parseArticle(seed).id)
    expect(parseArticle(seed).id).not.toBe(parseArticle(`${seed}.`).id)
    expect(parseArticle(seed).id).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('odd text', () => {
  it('keeps marks-only blocks as unclassified, with a diagnostic', () => {
    const article = parseArticle('Title line\n\nFirst paragraph.\n\n* * *\n\nLast paragraph.')
    expect(article.blocks.map((block) => block.kind)).toEqual(['headline', 'paragraph', 'unclassified', 'paragraph'])
    expect(article.diagnostics).toEqual([
      { code: 'unclassified_block', severity: 'info', message: 'Expected text with letters or digits, not only marks; kept as an unclassified block', span: { start: 30, end: 35 } }
    ])
  })

  it('keeps a one-line text as a paragraph', () => {
    const article = parseArticle('Just one line of text')
    expect(article.headline).toBeNull()
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Just one line of text'])
  })

  it('keeps column tables as table blocks', () => {
    const text = 'GRAIN PRICES\n    CHICAGO, March 3 - Prices were:\n         Wheat    2.55   2.40\n         Corn     1.35   1.92\n    Trade was quiet.\n Reuter\n'
    const article = parseArticle(text)
    expect(article.blocks.map((block) => block.kind)).toEqual(['headline', 'dateline', 'paragraph', 'table', 'paragraph', 'publisher'])
  })
})

describe('text as the fields want it', () => {
  const text = 'Storm hits coast\n\nThe  storm\thit the\u00a0coast on Monday,  officials said.\n\nMayor Anna Lopez said she was relieved.\n\nShe thanked the crews.\n\nFire chief Tom Reed inspects the pier on Tuesday. Photo: Reuters\n'
  const article = parseArticle(text)

  it('folds blanks in paragraphs and statements, and keeps text that needs none as it is', () => {
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['The storm hit the coast on Monday, officials said.', 'Mayor Anna Lopez said she was relieved.', 'She thanked the crews.'])
    expect(article.statements.map((statement) => statement.content)).toEqual(['The storm hit the coast on Monday', 'she was relieved'])
    expect(checkSpans(article, text)).toEqual([])
  })

  it('reads names in reading order, so a caption at the end does not take the pronouns before it', () => {
    const lopez = article.participants.find((participant) => participant.name === 'Anna Lopez')
    const reed = article.participants.find((participant) => participant.name === 'Tom Reed')
    expect(lopez?.mentions.map((mention) => mention.text)).toEqual(['Anna Lopez', 'she', 'She'])
    expect(reed?.mentions.map((mention) => mention.text)).toEqual(['Tom Reed'])
    expect(article.media[0]?.caption).toBe('Fire chief Tom Reed inspects the pier on Tuesday.')
  })
})

describe('headlines in capitals', () => {
  it('names no one from a headline in capitals, where every word looks like a name', () => {
    const text = 'TURKISH RETAIL PRICES RISE 2.7 PCT IN FEBRUARY\n\nANKARA, March 2 - Turkish retail prices rose 2.7 pct in February, the State Statistics Institute said.\n'
    const article = parseArticle(text)
    expect(article.headline?.text).toBe('TURKISH RETAIL PRICES RISE 2.7 PCT IN FEBRUARY')
    expect(article.participants.filter((participant) => participant.kind === 'person')).toEqual([])
    expect(article.participants.map((participant) => participant.name)).toContain('State Statistics Institute')
  })
})
