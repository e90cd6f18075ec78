// `npm run demo`: run the newsdoc command over the bundled samples, writing
// JSON, HTML and Markdown into out/, then print what was found in each and
// who said what. Runs on the built packages (the npm script builds them first).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseArticle } from '@newsdoc/parse'
import { runCli } from '@newsdoc/cli'

const root = new URL('..', import.meta.url).pathname
const samples = join(root, 'samples')
const out = join(root, 'out')
mkdirSync(out, { recursive: true })

for (const format of ['json', 'html', 'markdown']) {
  const code = await runCli(['samples', '--to', format, '--out', 'out', '--quiet'], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: root })
  if (code !== 0) process.exit(code)
}

const clip = (text, width = 72) => (text.length > width ? `${text.slice(0, width - 1)}…` : text)

for (const name of readdirSync(samples).filter((file) => file.endsWith('.txt')).sort()) {
  const input = readFileSync(join(samples, name), 'utf8')
  const started = performance.now()
  const article = parseArticle(input)
  const ms = performance.now() - started
  const stem = join(out, basename(name, '.txt'))

  console.log(`\n${name}  (${input.length} characters, parsed in ${ms.toFixed(1)} ms)`)
  console.log(`  headline   ${article.headline?.text ?? '—'}`)
  if (article.subheadline) console.log(`  standfirst ${article.subheadline.text}`)
  if (article.byline) console.log(`  byline     ${article.byline.authors.join(', ')}`)
  if (article.dateline) console.log(`  dateline   ${article.dateline.text}  (place ${article.dateline.place ?? '—'}, date ${article.dateline.date ?? '—'}, agency ${article.dateline.agency ?? '—'})`)
  if (article.publisher) console.log(`  publisher  ${article.publisher.name}${article.publisher.text && article.publisher.text !== article.publisher.name ? `  (from "${article.publisher.text}")` : ''}`)
  const published = article.published
  if (published) {
    const zone = published.timeZone ? `${published.timeZone}, from the ${published.timeZoneSource}` : 'zone unknown'
    console.log(`  published  ${published.text}  →  ${published.iso ?? published.local} (${zone})${published.utc ? `  =  ${published.utc}` : ''}`)
  }
  for (const media of article.media) {
    const credit = media.credit ?? (media.creditLabel ? `${media.creditLabel}: (left empty)` : 'no credit')
    console.log(`  ${media.kind.padEnd(10)} ${clip(media.caption, 60)}  [${credit}] ×${media.occurrences}`)
  }
  console.log(`  paragraphs ${article.paragraphs.length}`)
  article.paragraphs.forEach((paragraph, index) => console.log(`    ${String(index + 1).padStart(2)}. ${clip(paragraph.text, 68)}`))
  const kinds = article.blocks.map((block) => block.kind)
  console.log(`  blocks     ${kinds.join(' · ')}`)
  if (article.diagnostics.length > 0) console.log(`  notes      ${article.diagnostics.map((diagnostic) => diagnostic.code).join(', ')}`)
  const names = new Map(article.participants.map((participant) => [participant.id, participant.name]))
  if (article.statements.length > 0) {
    console.log('  who said what')
    for (const statement of article.statements) {
      const via = statement.via === null ? '' : `, according to ${names.get(statement.via)}`
      console.log(`    ¶${statement.paragraph + 1} ${names.get(statement.speakerId) ?? 'unattributed'} (${statement.cue ?? statement.kind}${via}): ${clip(statement.content, 60)}`)
    }
  }
  console.log(`  written    ${stem}.{json,html,md}`)
}
