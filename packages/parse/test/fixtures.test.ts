import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Article, checkSpans } from '@newsdoc/core'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { tilingProblems } from './support/coverage.js'
import { summarize } from './support/summarize.js'

// One folder per format: `input.txt` and the `expected.json` a reviewer can
// read. Run with NEWSDOC_UPDATE_FIXTURES=1 to rewrite the expected files
// after a deliberate change, then review the diff.
const root = new URL('./fixtures/', import.meta.url)
const update = process.env.NEWSDOC_UPDATE_FIXTURES === '1'

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(new URL(`${name}/input.txt`, root), 'utf8')
      const article = parseArticle(input)
      expect(Article.safeParse(article).error?.issues ?? []).toEqual([])
      expect(checkSpans(article, input)).toEqual([])
      expect(tilingProblems(article, input)).toEqual([])
      const summary = JSON.parse(JSON.stringify(summarize(article, input)))
      const expectedFile = new URL(`${name}/expected.json`, root)
      if (update) writeFileSync(expectedFile, `${JSON.stringify(summary, null, 2)}\n`)
      expect(summary).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
    })
  }
})
