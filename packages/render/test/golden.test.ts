import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toHtml, toMarkdown } from '../src/index.js'
import { fixtures, fixturesFolder } from './support.js'

// Golden files: `expected.html` and `expected.md` beside each `article.json`.
// Run with NEWSDOC_UPDATE_FIXTURES=1 to rewrite them after a deliberate
// change, then review the diff.
const update = process.env.NEWSDOC_UPDATE_FIXTURES === '1'

function golden(name: string, file: string, actual: string): void {
  const url = new URL(`${name}/${file}`, fixturesFolder)
  if (update) writeFileSync(url, actual)
  expect(actual).toBe(readFileSync(url, 'utf8'))
}

describe('golden renders', () => {
  for (const { name, article } of fixtures()) {
    it(`${name}: HTML`, () => golden(name, 'expected.html', `${toHtml(article, { document: true })}\n`))
    it(`${name}: Markdown`, () => golden(name, 'expected.md', toMarkdown(article)))
  }
})
