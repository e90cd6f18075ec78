import { describe, expect, expectTypeOf, it } from 'vitest'
import * as core from '../src/index.js'
import * as helpers from '../src/helpers.js'
import type { Article, NewsdocErrorCode, Statement } from '../src/index.js'

describe('public API', () => {
  it('exposes exactly these names', () => {
    expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
      [
        "Article",
        "Block",
        "BlockKind",
        "Byline",
        "DatePrecision",
        "DateStamp",
        "Dateline",
        "Diagnostic",
        "Media",
        "MediaKind",
        "NewsdocError",
        "Paragraph",
        "Participant",
        "ParticipantKind",
        "Place",
        "PlaceKind",
        "Publisher",
        "Role",
        "SCHEMA_VERSION",
        "Severity",
        "Span",
        "Statement",
        "StatementKind",
        "TextField",
        "TimeExpression",
        "TimeGranularity",
        "TimeZoneSource",
        "checkSpans",
        "describeValue",
        "foldWhitespace",
        "isWhitespaceCode",
      ]
    `)
  })

  it('offers the helpers without the schemas at @newsdoc/core/helpers, the same functions', () => {
    expect(Object.keys(helpers).sort()).toEqual(['NewsdocError', 'SCHEMA_VERSION', 'checkSpans', 'describeValue', 'foldWhitespace', 'isWhitespaceCode'])
    for (const name of Object.keys(helpers) as Array<keyof typeof helpers>) expect(helpers[name]).toBe(core[name])
  })

  it('infers the types from the schemas', () => {
    expectTypeOf<Article['headline']>().toEqualTypeOf<{ text: string; span: { start: number; end: number } } | null>()
    expectTypeOf<Statement['kind']>().toEqualTypeOf<'direct' | 'indirect' | 'mixed'>()
    expectTypeOf<Statement['speakerId']>().toEqualTypeOf<string | null>()
    expectTypeOf<NewsdocErrorCode>().toEqualTypeOf<'invalid_input_type' | 'empty_input' | 'input_too_large' | 'invalid_option' | 'invalid_article'>()
    expectTypeOf(core.Article.parse).returns.toEqualTypeOf<Article>()
  })
})

describe('NewsdocError', () => {
  it('carries a code, a message and a cause', () => {
    const cause = new Error('inner')
    const error = new core.NewsdocError('invalid_option', 'Expected an IANA time zone, not `Mars/Olympus`', { cause })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('NewsdocError')
    expect(error.code).toBe('invalid_option')
    expect(error.cause).toBe(cause)
  })

  it('recognizes copies from another package instance', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('newsdoc.error')]: true })
    expect(core.NewsdocError.isInstance(foreign)).toBe(true)
    expect(core.NewsdocError.isInstance(new Error('x'))).toBe(false)
    expect(core.NewsdocError.isInstance(null)).toBe(false)
    expect(foreign instanceof core.NewsdocError).toBe(true)
    expect(new Error('x') instanceof core.NewsdocError).toBe(false)
  })

  it('describes values for messages', () => {
    expect([undefined, null, 42, 'hi', [], {}, new Map()].map((value) => core.describeValue(value))).toEqual([
      '`undefined`',
      '`null`',
      '`42` (number)',
      '`"hi"` (string)',
      'an array',
      'an object',
      'a `Map`'
    ])
  })
})
