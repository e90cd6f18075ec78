// Statement extraction scored on PolNeAR (../shared/eval): parses every
// document, writes predictions in the scorer's format and prints the
// scorer's table. `npm run eval` builds first; skips when ../shared is absent.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArticle } from '@newsdoc/parse'
import { sharedFolder } from './corpus.js'

const gold = join(sharedFolder, 'eval', 'polnear.dev.jsonl')
const scorer = join(sharedFolder, 'eval', 'score.mjs')
if (!existsSync(gold) || !existsSync(scorer)) {
  console.log(`skipped: ${gold} or ${scorer} is missing`)
  process.exit(0)
}

const documents = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as { id: string; text: string })

let characters = 0
const started = performance.now()
const lines = documents.map(({ id, text }) => {
  characters += text.length
  const article = parseArticle(text)
  const names = new Map(article.participants.map((participant) => [participant.id, participant.name]))
  const statements = article.statements.map((statement) => ({
    kind: statement.kind === 'direct' ? 'direct' : 'indirect',
    content: statement.content,
    contentStart: statement.span.start,
    contentEnd: statement.span.end,
    speaker: statement.speakerSpan ? text.slice(statement.speakerSpan.start, statement.speakerSpan.end) : statement.speakerId ? (names.get(statement.speakerId) ?? null) : null,
    speakerStart: statement.speakerSpan?.start ?? null,
    speakerEnd: statement.speakerSpan?.end ?? null,
    cue: statement.cue
  }))
  return JSON.stringify({ id, statements })
})
const seconds = (performance.now() - started) / 1000
const folder = mkdtempSync(join(tmpdir(), 'newsdoc-eval-'))
const predictions = join(folder, 'predictions.jsonl')
writeFileSync(predictions, `${lines.join('\n')}\n`)
const output = execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', predictions], { encoding: 'utf8' })
console.log(output)
console.log(`${documents.length} documents, ${(characters / 1e6).toFixed(2)} MB parsed in ${seconds.toFixed(2)} s (${(characters / 1e6 / seconds).toFixed(1)} MB/s); predictions in ${predictions}`)
