// Runs the example on the seed article and checks what it prints and writes.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import assert from 'node:assert/strict'

const output = execFileSync(process.execPath, ['index.mjs', '../../samples/global-times-putin-wang-yi.txt'], { encoding: 'utf8' })
const lines = output.trim().split('\n')
assert.equal(lines[0], 'Russian President Vladimir Putin meets with Chinese top diplomat Wang Yi')
const statements = lines.filter((line) => line.startsWith('- '))
assert.equal(statements.length, 10)
assert.match(statements[0], /^- China's Foreign Ministry \(according to\): Russian President Vladimir Putin met with Wang Yi/)
assert.match(statements[9], /^- Vladimir Putin \(reiterated, according to China's Foreign Ministry\): Russia's willingness/)
const folder = lines.at(-1).replace('HTML and Markdown in ', '')
assert.match(readFileSync(join(folder, 'article.html'), 'utf8'), /<h1>Russian President Vladimir Putin meets with Chinese top diplomat Wang Yi<\/h1>/)
assert.match(readFileSync(join(folder, 'article.md'), 'utf8'), /^---\n/)
console.log('examples/basic: 1 passed, 0 failed')
