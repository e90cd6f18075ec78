// Runs the example on the parser's fixtures and checks the NDJSON it prints.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import assert from 'node:assert/strict'
import { Article } from '@newsdoc/core'

const folder = '../../packages/parse/test/fixtures'
const output = execFileSync(process.execPath, ['index.mjs', folder], { encoding: 'utf8', maxBuffer: 1 << 28 })
const lines = output.trim().split('\n')
assert.equal(lines.length, readdirSync(folder).length)
for (const line of lines) assert.ok(Article.safeParse(JSON.parse(line)).success)
assert.equal(JSON.parse(lines[0]).headline.text, 'Senate passes stopgap spending bill')
console.log('examples/batch: 1 passed, 0 failed')
