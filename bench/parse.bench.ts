// Parse throughput on real corpora and on the generated corpus, side by side
// with compromise and wink-nlp on the same texts and with the single-pass
// limit (growth with input size is `growth.bench.ts`). Runs against the built
// packages (`npm run bench` builds first). Writes bench/results/latest.json.
import { parseArticle } from '@newsdoc/parse'
import { Bench } from 'tinybench'
import { megabytes, readCorpus } from './corpus.js'
import { generatedCorpus } from './generated.js'
import { singlePass } from './limit.js'
import { compromiseExtract, winkExtract } from './peers.js'
import { machine, recordResults, round, seconds } from './results.js'

const corpora = new Map<string, string[]>()
for (const name of ['bbc', 'reuters21578']) {
  const texts = readCorpus(name)
  if (texts !== null) corpora.set(name, texts)
}
corpora.set('generated', generatedCorpus())

/** Every `step`-th text, about `target` characters in all: the same sample for every contender. */
function sample(texts: string[], target: number): string[] {
  const step = Math.max(1, Math.floor(megabytes(texts) / (target / 1e6)))
  return texts.filter((_, index) => index % step === 0)
}

// Throughput of our full parse and of the single-pass limit, on whole corpora.
const ours = new Bench({ time: 2000, warmupTime: 500 })
for (const [name, texts] of corpora) {
  ours.add(`newsdoc parseArticle|${name}`, () => {
    for (const text of texts) parseArticle(text)
  })
  ours.add(`single pass (limit)|${name}`, () => {
    for (const text of texts) singlePass(text)
  })
}
await ours.run()

// Peers are 10 to 100 times slower: each runs on a sample of about 150 kB, and we run on the same sample.
const peers = new Bench({ time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1 })
const samples = new Map<string, string[]>()
for (const [name, texts] of corpora) {
  const chosen = sample(texts, 150_000)
  samples.set(name, chosen)
  peers.add(`newsdoc parseArticle|${name} sample`, () => {
    for (const text of chosen) parseArticle(text)
  })
  peers.add(`compromise|${name} sample`, () => {
    for (const text of chosen) compromiseExtract(text)
  })
  peers.add(`wink-nlp|${name} sample`, () => {
    for (const text of chosen) winkExtract(text)
  })
}
await peers.run()

const textsOf = (corpus: string): string[] => (corpus.endsWith(' sample') ? samples.get(corpus.slice(0, -' sample'.length))! : corpora.get(corpus)!)
const rows = [...ours.tasks, ...peers.tasks].map((task) => {
  const [contender, corpus] = task.name.split('|') as [string, string]
  const texts = textsOf(corpus)
  const time = seconds(task)
  return { contender, corpus, 'MB/s': round(megabytes(texts) / time, 2), 'articles/s': Math.round(texts.length / time), seconds: time }
})

// Ratios: our parse against each peer and against the limit, corpus by corpus.
const ratios = [...corpora.keys()].map((corpus) => {
  const rate = (contender: string, on: string): number => rows.find((row) => row.contender === contender && row.corpus === on)!['MB/s']
  const sampleName = `${corpus} sample`
  return {
    corpus,
    'newsdoc MB/s': rate('newsdoc parseArticle', corpus),
    '× compromise': round(rate('newsdoc parseArticle', sampleName) / rate('compromise', sampleName)),
    '× wink-nlp': round(rate('newsdoc parseArticle', sampleName) / rate('wink-nlp', sampleName)),
    'limit MB/s': rate('single pass (limit)', corpus),
    'share of limit': `${round((100 * rate('newsdoc parseArticle', corpus)) / rate('single pass (limit)', corpus), 2)}%`
  }
})
// The tables and the results file leave out the raw seconds.
const shown = rows.map((row) => ({ contender: row.contender, corpus: row.corpus, 'MB/s': row['MB/s'], 'articles/s': row['articles/s'] }))
console.table(shown)
console.table(ratios)

recordResults('parse', shown)
recordResults('ratios', ratios)
console.log(`Node ${machine.node} on ${machine.cpu} (${machine.cores} cores); written to bench/results/latest.json`)
