// Every .txt file below a folder to NDJSON on stdout, in sorted path order,
// parsed in a pool of worker threads.
//
//   node index.mjs path/to/folder > articles.ndjson
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { glob } from 'tinyglobby'

const folder = process.argv[2]
if (!folder) {
  console.error('usage: node index.mjs path/to/folder')
  process.exit(2)
}

const files = (await glob('**/*.txt', { cwd: folder, absolute: true })).sort()
const pool = new Piscina({ filename: new URL('./worker.mjs', import.meta.url).href, maxThreads: availableParallelism() })
const results = files.map((file) => pool.run(file, { name: 'parseFile' }))
let failed = 0
for (const result of results) {
  const { ok, line, message } = await result
  if (ok) process.stdout.write(`${line}\n`)
  else {
    failed++
    console.error(message)
  }
}
await pool.destroy()
console.error(`${files.length} files, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
