// `--jobs 2` against `--jobs 1` on a generated folder of about 50 MB of
// articles: the built `newsdoc` command, run as a child process, writing one
// file per input (`--out`, written by the workers) and NDJSON to /dev/null
// (written by the main thread, in input order). Prints times and speed-ups.
import { spawn, spawnSync } from 'node:child_process'
import { Worker } from 'node:worker_threads'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { recordResults } from './results.js'

const target = Number(process.env.NEWSDOC_BENCH_MB ?? 50) * 1e6
const repository = new URL('../', import.meta.url).pathname
const cli = join(repository, 'packages/cli/dist/cli.js')
const fixtures = join(repository, 'packages/parse/test/fixtures')
const seeds = [join(repository, 'samples'), ...readdirSync(fixtures).map((name) => join(fixtures, name))]
  .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(folder, name), 'utf8')))

// Articles of news size (a few kB) made from the bundled ones: the seed's body
// under each fixture's head, numbers changed so that no two are equal.
const folder = mkdtempSync(join(tmpdir(), 'newsdoc-batch-'))
let size = 0
let count = 0
while (size < target) {
  const text = `${seeds[count % seeds.length]!}\n\n${seeds[0]!}`.replace(/\d+/g, (digits) => String(Number(digits) + count))
  const sub = join(folder, String(Math.floor(count / 1000)))
  mkdirSync(sub, { recursive: true })
  writeFileSync(join(sub, `${count}.txt`), text)
  size += text.length
  count++
}

function run(jobs: number, mode: 'out' | 'ndjson'): number {
  const out = mkdtempSync(join(tmpdir(), 'newsdoc-batch-out-'))
  const args = mode === 'out' ? ['--to', 'json', '--out', out] : ['--ndjson']
  const started = performance.now()
  const result = spawnSync(process.execPath, [cli, folder, ...args, '--jobs', String(jobs), '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] })
  const seconds = (performance.now() - started) / 1000
  rmSync(out, { recursive: true, force: true })
  if (result.status !== 0) throw new Error(`newsdoc exited ${result.status}`)
  return seconds
}

// The machine's own ceiling: two separate `--jobs 1` processes, each on half
// of the folders, at the same time. No pool in one process can beat it.
async function twoProcesses(): Promise<number> {
  const folders = readdirSync(folder).map((name) => join(folder, name))
  const halves = [folders.filter((_, index) => index % 2 === 0), folders.filter((_, index) => index % 2 === 1)]
  const started = performance.now()
  await Promise.all(
    halves.map(
      (half) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, [cli, ...half, '--ndjson', '--jobs', '1', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] })
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`newsdoc exited ${code}`))))
        })
    )
  )
  return (performance.now() - started) / 1000
}

// The host's own ceiling for allocating JavaScript, none of ours: the same
// loop (short strings into a Map, then small objects) in one worker thread
// and in two at once. Each isolate has its own heap and collector, and on a
// small VM the two threads also share caches and the collector's helper
// threads; a pure arithmetic loop scales further than this.
const allocating = `
  const { parentPort } = require('node:worker_threads')
  const counts = new Map()
  for (let round = 0; round < 30; round++) for (let index = 0; index < 200000; index++) { const key = 'w' + ((index * 7919) % 100000); counts.set(key, (counts.get(key) ?? 0) + 1) }
  const objects = []
  for (let index = 0; index < 3000000; index++) objects.push({ index, text: String(index) })
  parentPort.postMessage(counts.size + objects.length)
`
async function allocatingThreads(threads: number): Promise<number> {
  const started = performance.now()
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(allocating, { eval: true })
          worker.once('message', () => void worker.terminate().then(() => resolve()))
          worker.once('error', reject)
        })
    )
  )
  return (performance.now() - started) / 1000
}

const rows = []
for (const mode of ['out', 'ndjson'] as const) {
  const one = run(1, mode)
  const two = run(2, mode)
  rows.push({ mode: mode === 'out' ? '--to json --out DIR' : '--ndjson > /dev/null', files: count, MB: +(size / 1e6).toFixed(1), 'jobs 1 (s)': +one.toFixed(2), 'jobs 2 (s)': +two.toFixed(2), 'speed-up': +(one / two).toFixed(2) })
}
const ceiling = await twoProcesses()
const single = rows[1]!['jobs 1 (s)']
rows.push({ mode: 'ceiling: 2 processes × --jobs 1 --ndjson, half each', files: count, MB: +(size / 1e6).toFixed(1), 'jobs 1 (s)': single, 'jobs 2 (s)': +ceiling.toFixed(2), 'speed-up': +(single / ceiling).toFixed(2) })
const oneThread = await allocatingThreads(1)
const twoThreads = await allocatingThreads(2)
// Two threads do twice the work: the speed-up is twice the one-thread time over the two-thread time.
rows.push({ mode: 'host: allocating JS loop, 1 thread vs 2 threads doing twice the work', files: 0, MB: 0, 'jobs 1 (s)': +(2 * oneThread).toFixed(2), 'jobs 2 (s)': +twoThreads.toFixed(2), 'speed-up': +((2 * oneThread) / twoThreads).toFixed(2) })
console.table(rows)
recordResults('cli', rows)
rmSync(folder, { recursive: true, force: true })
