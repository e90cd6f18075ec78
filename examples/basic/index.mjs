// Parse one article, print who said what, and write its HTML and Markdown
// next to it in a temporary folder.
//
//   node index.mjs path/to/article.txt
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArticle } from '@newsdoc/parse'
import { toHtml, toMarkdown } from '@newsdoc/render'

const file = process.argv[2]
if (!file) {
  console.error('usage: node index.mjs path/to/article.txt')
  process.exit(2)
}

const article = parseArticle(readFileSync(file, 'utf8'))
const nameOf = (id) => article.participants.find((participant) => participant.id === id)?.name ?? 'someone unnamed'

console.log(article.headline?.text ?? '(no headline)')
for (const statement of article.statements) {
  const via = statement.via ? `, according to ${nameOf(statement.via)}` : ''
  console.log(`- ${nameOf(statement.speakerId)} (${statement.cue ?? statement.kind}${via}): ${statement.content}`)
}

const folder = mkdtempSync(join(tmpdir(), 'newsdoc-basic-'))
writeFileSync(join(folder, 'article.html'), toHtml(article, { document: true }))
writeFileSync(join(folder, 'article.md'), toMarkdown(article))
console.log(`HTML and Markdown in ${folder}`)
