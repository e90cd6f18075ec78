// `--jobs 2` against `--jobs 1` on a generated folder of about 50 MB of
// articles: the built `newsdoc` command, run as a child process, output to
// /dev/null. Prints both times and the speed-up.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

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

function run(jobs: number): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, [cli, folder, '--ndjson', '--jobs', String(jobs), '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error(`newsdoc exited ${result.status}`)
  return (performance.now() - started) / 1000
}

const one = run(1)
const two = run(2)
console.table([
  { jobs: 1, files: count, MB: +(size / 1e6).toFixed(1), seconds: +one.toFixed(2), 'MB/s': +(size / 1e6 / one).toFixed(1) },
  { jobs: 2, files: count, MB: +(size / 1e6).toFixed(1), seconds: +two.toFixed(2), 'MB/s': +(size / 1e6 / two).toFixed(1) }
])
console.log(`--jobs 2 is ${(one / two).toFixed(2)}× as fast as --jobs 1`)
rmSync(folder, { recursive: true, force: true })
