import { describe, expect, it } from 'vitest'
import * as render from '../src/index.js'

describe('public API', () => {
  it('exposes exactly these names', () => {
    expect(Object.keys(render).sort()).toEqual(['defaultHandlers', 'paragraphPieces', 'stylesheet', 'toHast', 'toHtml', 'toJsonLd', 'toMarkdown', 'toMdast', 'toNinjs'])
  })
})
