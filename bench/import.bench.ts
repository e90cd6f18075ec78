// Cold import time: each package (and each peer) imported in a fresh Node
// process, timed inside it around the dynamic import; median of 7 runs.
import { spawnSync } from 'node:child_process'
import { recordResults, round } from './results.js'

const modules = ['@newsdoc/core', '@newsdoc/parse', '@newsdoc/render', '@newsdoc/cli', 'compromise', 'wink-nlp + wink-eng-lite-web-model']

function importMs(name: string): number {
  const imports = name.split(' + ').map((part) => `await import(${JSON.stringify(part)});`).join(' ')
  const script = `const started = performance.now(); ${imports} process.stdout.write(String(performance.now() - started))`
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('.', import.meta.url), encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`importing ${name} failed: ${result.stderr}`)
  return Number(result.stdout)
}

const rows = modules.map((name) => {
  const times = Array.from({ length: 7 }, () => importMs(name)).sort((left, right) => left - right)
  return { module: name, 'cold import ms (median of 7)': round(times[3]!) }
})
console.table(rows)
recordResults('import', rows)
