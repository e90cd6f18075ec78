// How parse time grows with input size: one long article at 1, 2, 4 and 8
// MiB; time per doubling should stay near 2 (the bound: 4× the input
// in at most 4.4× the time). Two units: plain wire copy, and one dense with
// statements whose sources are named, titled or definite (`the company
// said`), which exercise linking (once quadratic in the number of
// statements, now caught here).
//
// Each size is measured in a fresh process. In one long-lived process the
// collector's work on a big input depends on what earlier measurements (or
// other benchmarks' corpora and models) left on the heap, so the ratio
// measured there is partly the history of the process, not the parser.
// Run with no arguments; the script runs itself once per unit and size.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArticle } from '@newsdoc/parse'
import { recordResults, round } from './results.js'

const units = {
  plain: `Markets steady\n\nShares rose on Tuesday, traders said, as investors weighed the outlook.\n\n"We expect calm," said an analyst.\n\n`,
  attributed:
    `Acme Corp. said on Monday that profits rose. "We are pleased," the company said.\n\n` +
    `Mayor Anna Lopez said the bridge would open in March. The mayor said she was relieved, according to aides.\n\n` +
    `"It is a good day," Lopez told reporters. He said the plan was sound, officials said.\n\n`
}
type Unit = keyof typeof units
const sizes = [1, 2, 4, 8]

/** Milliseconds for one parse of `unit` repeated to `mebibytes`: the median of five runs after a warm-up, each after a full collection. */
function measure(unit: Unit, mebibytes: number): number {
  const text = units[unit].repeat(Math.ceil((mebibytes * 1024 * 1024) / units[unit].length))
  parseArticle(text)
  const times: number[] = []
  for (let run = 0; run < 5; run++) {
    ;(globalThis as { gc?: () => void }).gc?.()
    const started = performance.now()
    parseArticle(text)
    times.push(performance.now() - started)
  }
  return times.sort((left, right) => left - right)[2]!
}

const [unitArgument, sizeArgument] = process.argv.slice(2)
if (unitArgument !== undefined) {
  // One point, in this (fresh) process: print its time for the parent.
  process.stdout.write(`${measure(unitArgument as Unit, Number(sizeArgument))}\n`)
} else {
  const script = fileURLToPath(import.meta.url)
  const growth: Array<{ unit: string; size: string; ms: number; ratio: number | null }> = []
  for (const unit of Object.keys(units) as Unit[]) {
    let previous: number | null = null
    for (const mebibytes of sizes) {
      // The same Node and loader flags as this process (tsx), plus `gc()` for the child.
      const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', script, unit, String(mebibytes)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
      if (child.status !== 0) throw new Error(`growth point ${unit} ${mebibytes} MiB exited ${child.status}`)
      const ms = Number(child.stdout.trim())
      growth.push({ unit, size: `${mebibytes} MiB`, ms: round(ms), ratio: previous === null ? null : round(ms / previous, 2) })
      previous = ms
    }
  }
  console.table(growth)
  for (const unit of Object.keys(units)) {
    const rows = growth.filter((row) => row.unit === unit)
    const worst = Math.max(rows[2]!.ms / rows[0]!.ms, rows[3]!.ms / rows[1]!.ms)
    console.log(`${unit}: 4× the input in at most ${round(worst, 2)}× the time (bound 4.4×)`)
  }
  recordResults('growth', growth)
}
