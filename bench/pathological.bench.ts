// How parse time grows on the pathological recipes of ../shared/adversarial:
// each recipe at 1×, 2× and 4× its size, best of three runs, and the time
// ratio per doubling (linear is about 2).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle } from '@newsdoc/parse'
import { sharedFolder } from './corpus.js'

const file = join(sharedFolder, 'adversarial', 'pathological.json')
if (!existsSync(file)) {
  console.log(`skipped: ${file} is missing`)
  process.exit(0)
}

const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: Array<{ name: string; parts: Array<[string, number]> }> }).cases

function best(text: string): number {
  let fastest = Infinity
  for (let round = 0; round < 3; round++) {
    const started = performance.now()
    try {
      parseArticle(text)
    } catch {
      // Refusals (empty text) are fine here: only the time matters.
    }
    fastest = Math.min(fastest, performance.now() - started)
  }
  return fastest
}

const rows = cases.map(({ name, parts }) => {
  const times = [1, 2, 4].map((factor) => best(parts.map(([text, count]) => text.repeat(count * factor)).join('')))
  return { recipe: name, '1× ms': +times[0]!.toFixed(1), '2×/1×': +(times[1]! / times[0]!).toFixed(2), '4×/2×': +(times[2]! / times[1]!).toFixed(2) }
})
console.table(rows)
const worst = rows.reduce((max, row) => Math.max(max, row['1× ms'] > 20 ? Math.max(row['2×/1×'], row['4×/2×']) : 0), 0)
console.log(`worst ratio per doubling among recipes over 20 ms: ${worst.toFixed(2)}`)
