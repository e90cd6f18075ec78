import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Article } from '@newsdoc/core'
import * as parse from '../src/index.js'
import type { ParseOptions, SafeParseArticleResult } from '../src/index.js'

describe('public API', () => {
  it('exposes exactly these names', () => {
    expect(Object.keys(parse).sort()).toEqual(['NewsdocError', 'parseArticle', 'profileNames', 'safeParseArticle'])
  })

  it('types its functions', () => {
    expectTypeOf(parse.parseArticle).parameters.toEqualTypeOf<[string | Uint8Array, (ParseOptions | undefined)?]>()
    expectTypeOf(parse.parseArticle).returns.toEqualTypeOf<Article>()
    expectTypeOf(parse.safeParseArticle).returns.toEqualTypeOf<SafeParseArticleResult>()
    expectTypeOf<ParseOptions['timeZone']>().toEqualTypeOf<string | undefined>()
  })
})
