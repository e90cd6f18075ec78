// Render throughput: HTML and Markdown from parsed articles, in MB of
// article text per second, on the BBC corpus (when present) and the
// generated corpus. Runs against the built packages.
import { parseArticle } from '@newsdoc/parse'
import { toHtml, toMarkdown } from '@newsdoc/render'
import { Bench } from 'tinybench'
import { megabytes, readCorpus } from './corpus.js'
import { generatedCorpus } from './generated.js'
import { recordResults, round, seconds } from './results.js'

const corpora = new Map<string, string[]>([['generated', generatedCorpus()]])
const bbc = readCorpus('bbc')
if (bbc !== null) corpora.set('bbc', bbc)

const bench = new Bench({ time: 2000, warmupTime: 500 })
const sizes = new Map<string, { megabytes: number; articles: number }>()
for (const [name, texts] of corpora) {
  const articles = texts.map((text) => parseArticle(text))
  sizes.set(name, { megabytes: megabytes(texts), articles: articles.length })
  bench.add(`toHtml|${name}`, () => {
    for (const article of articles) toHtml(article)
  })
  bench.add(`toMarkdown|${name}`, () => {
    for (const article of articles) toMarkdown(article)
  })
}
await bench.run()

const rows = bench.tasks.map((task) => {
  const [renderer, corpus] = task.name.split('|') as [string, string]
  const size = sizes.get(corpus)!
  const time = seconds(task)
  return { renderer, corpus, 'MB/s': round(size.megabytes / time), 'articles/s': Math.round(size.articles / time) }
})
console.table(rows)
recordResults('render', rows)
