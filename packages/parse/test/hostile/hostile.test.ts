import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Hostile inputs, each parsed in a worker thread with a hard time limit: the
// parse must return a valid Article whose blocks cover every non-blank
// character (or refuse with a NewsdocError code), and never hang or crash.
// Runs against the built package (turbo builds it before the tests).
const limitMs = 5000
const modulePath = new URL('../../dist/index.js', import.meta.url).href
const coreModulePath = new URL('../../../core/dist/index.js', import.meta.url).href
const adversarial = new URL('../../../../../shared/adversarial/', import.meta.url)
const present = existsSync(adversarial)
if (!present) console.log('shared hostile inputs skipped: ../shared/adversarial is missing')

type Outcome = { outcome: 'ok' | 'refused' | 'broken' | 'crashed' | 'timeout'; problems: string[]; ms: number }

let worker: Worker
let next = 0
const waiting = new Map<number, (outcome: Outcome) => void>()

const workerFile = fileURLToPath(new URL('./parse-worker.mjs', import.meta.url))

function start(): void {
  // A plain Node worker: none of the test runner's flags (its source conditions would load .ts files).
  worker = new Worker(workerFile, { workerData: { modulePath, coreModulePath }, execArgv: [] })
  worker.on('error', (error) => {
    for (const resolve of waiting.values()) resolve({ outcome: 'crashed', problems: [String(error)], ms: 0 })
    waiting.clear()
  })
  worker.on('message', ({ id, ...outcome }: { id: number } & Outcome) => {
    waiting.get(id)?.(outcome)
    waiting.delete(id)
  })
}

/** Parse in the worker; on a time-out the worker is ended and a new one started. */
function parseGuarded(input: string | Uint8Array): Promise<Outcome> {
  const id = next++
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id)
      void worker.terminate()
      start()
      resolve({ outcome: 'timeout', problems: [`over ${limitMs} ms`], ms: limitMs })
    }, limitMs)
    waiting.set(id, (outcome) => {
      clearTimeout(timer)
      resolve(outcome)
    })
    worker.postMessage({ id, input })
  })
}

function build(parts: Array<[string, number]>): string {
  return parts.map(([text, times]) => text.repeat(times)).join('')
}

// Our own cases, so the suite stands without ../shared.
const ownCases: Array<[string, string | Uint8Array]> = [
  ['10 MiB without a newline', 'Word '.repeat(2 * 1024 * 1024)],
  ['10 MiB of one character', 'a'.repeat(10 * 1024 * 1024)],
  ['lone surrogates', 'Headline \ud800\n\nText \udc00 more \ud83d\n\n"Quote \udfff," he said.'],
  ['CR-only line ends', 'Headline\r\rFirst paragraph, he said.\r\rSecond.\r'],
  ['CRLF line ends', 'Headline\r\n\r\nFirst paragraph, he said.\r\n\r\nSecond.\r\n'],
  ['a BOM in text', '\ufeffHeadline\n\nText.'],
  ['a BOM in bytes', new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69, 0x0a, 0x0a, 0x54, 0x65, 0x78, 0x74])],
  ['control characters', 'Head\u0000line\u0001\n\n\u0007Text\u001b[31m red\u0008 said \u007f.'],
  ['quotes that never close', `"${'word '.repeat(50_000)}`],
  ['ten thousand commas', `Statement${', Putin said'.repeat(10_000)}.`],
  ['repeated cue phrases', 'He said that '.repeat(50_000)],
  ['repeated according to', `Text${', according to X'.repeat(20_000)}.`],
  ['many capitalized names', 'President Vladimir Putin Wang Yi '.repeat(30_000)],
  ['many short paragraphs', 'A.\n\n'.repeat(100_000)],
  ['deep indentation', `${' '.repeat(100_000)}x\n${'\t'.repeat(100_000)}y`],
  ['many date lines', 'Published: Sep 21, 2023 01:53 AM\n'.repeat(20_000)],
  // Appositives, brackets and relative clauses before a cue: each is read one level deep.
  ['a run of commas before a cue', `The man${','.repeat(50_000)} said the plan works.`],
  ['appositive upon appositive', `The man${', a friend'.repeat(20_000)}, said the plan works.`],
  ['nested brackets before a cue', `Rep. Ann Ortiz${' (D-Ohio)'.repeat(20_000)} said it.`],
  ['relative clauses before a cue', `Officials${' who met officials'.repeat(20_000)} said it.`],
  ['participles after a cue', `"It works," Reed said${', adding'.repeat(20_000)} that it works.`],
  ['questions to no one', 'Asked whether it works, '.repeat(20_000)]
]

describe('hostile input', { timeout: 600_000 }, () => {
  beforeAll(start)
  afterAll(async () => {
    await worker.terminate()
  })

  it.each(ownCases)('parses %s in time, validly and losslessly', async (_name, input) => {
    const outcome = await parseGuarded(input)
    expect(outcome.outcome === 'ok' || outcome.outcome === 'refused', `${outcome.outcome}: ${outcome.problems.join('; ')}`).toBe(true)
  })

  it('refuses wrong argument types with a code', async () => {
    for (const value of [undefined, null, 42, {}, [], '', '   \n\t']) {
      const outcome = await parseGuarded(value as string)
      expect(outcome.outcome, JSON.stringify(value)).toBe('refused')
    }
  })

  // How time grows with these recipes is measured by bench/pathological.bench.ts, not asserted here.
  it.skipIf(!present)('parses every pathological recipe within the limit', async () => {
    const cases = (JSON.parse(readFileSync(new URL('pathological.json', adversarial), 'utf8')) as { cases: Array<{ name: string; parts: Array<[string, number]> }> }).cases
    const failures: string[] = []
    for (const { name, parts } of cases) {
      const outcome = await parseGuarded(build(parts))
      if (outcome.outcome !== 'ok' && outcome.outcome !== 'refused') failures.push(`${name}: ${outcome.outcome} ${outcome.problems.join('; ')}`)
    }
    expect(failures).toEqual([])
  })

  it.skipIf(!present)('parses every naughty string alone and among ordinary lines', async () => {
    const strings = JSON.parse(readFileSync(new URL('blns.json', adversarial), 'utf8')) as string[]
    const failures: string[] = []
    for (const value of strings) {
      for (const input of [value, `Headline\n\n${value}\n\nA paragraph, he said.`]) {
        const outcome = await parseGuarded(input)
        if (outcome.outcome !== 'ok' && outcome.outcome !== 'refused') failures.push(`${JSON.stringify(value)}: ${outcome.outcome} ${outcome.problems.join('; ')}`)
      }
    }
    expect(failures).toEqual([])
  })
})
