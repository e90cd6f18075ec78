// Parse throughput on real corpora, and how parse time grows with input
// size. Runs against the built packages: `npm run bench` builds first.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { parseArticle } from '@newsdoc/parse'
import { Bench } from 'tinybench'
import { megabytes, readCorpus } from './corpus.js'

const bench = new Bench({ time: 2000, warmupTime: 500 })
const sizes = new Map<string, { megabytes: number; articles: number }>()

for (const name of ['bbc', 'reuters21578']) {
  const texts = readCorpus(name)
  if (texts === null) continue
  sizes.set(name, { megabytes: megabytes(texts), articles: texts.length })
  bench.add(`parseArticle ${name}`, () => {
    for (const text of texts) parseArticle(text)
  })
}

await bench.run()

const rows = bench.tasks.map((task) => {
  const corpus = task.name.split(' ')[1]!
  const size = sizes.get(corpus)!
  const seconds = (task.result as { latency: { mean: number } }).latency.mean / 1000
  return { task: task.name, 'MB/s': +(size.megabytes / seconds).toFixed(1), 'articles/s': Math.round(size.articles / seconds), 'ms per pass': +(seconds * 1000).toFixed(1) }
})
console.table(rows)

// Growth: one long article at 1, 2, 4 and 8 MiB; time per doubling should stay near 2.
const unit = `Markets steady\n\nShares rose on Tuesday, traders said, as investors weighed the outlook.\n\n"We expect calm," said an analyst.\n\n`
const growth: Array<{ size: string; ms: number; ratio: number | null }> = []
let previous: number | null = null
for (const mebibytes of [1, 2, 4, 8]) {
  const text = unit.repeat(Math.ceil((mebibytes * 1024 * 1024) / unit.length))
  parseArticle(text)
  const started = performance.now()
  for (let round = 0; round < 3; round++) parseArticle(text)
  const ms = (performance.now() - started) / 3
  growth.push({ size: `${mebibytes} MiB`, ms: +ms.toFixed(1), ratio: previous === null ? null : +(ms / previous).toFixed(2) })
  previous = ms
}
console.table(growth)

mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length }
writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), machine, parse: rows, growth }, null, 2)}\n`)
console.log(`Node ${machine.node} on ${machine.cpu} (${machine.cores} cores); written to bench/results/latest.json`)
