// Render throughput: HTML and Markdown from articles parsed from the BBC
// corpus, in MB of article text per second. Runs against the built packages.
import { parseArticle } from '@newsdoc/parse'
import { toHtml, toMarkdown } from '@newsdoc/render'
import { Bench } from 'tinybench'
import { megabytes, readCorpus } from './corpus.js'

const texts = readCorpus('bbc')
if (texts !== null) {
  const articles = texts.map((text) => parseArticle(text))
  const size = megabytes(texts)
  const bench = new Bench({ time: 2000, warmupTime: 500 })
  bench.add('toHtml bbc', () => {
    for (const article of articles) toHtml(article)
  })
  bench.add('toMarkdown bbc', () => {
    for (const article of articles) toMarkdown(article)
  })
  await bench.run()
  console.table(
    bench.tasks.map((task) => {
      const seconds = (task.result as { latency: { mean: number } }).latency.mean / 1000
      return { task: task.name, 'MB/s': +(size / seconds).toFixed(1), 'articles/s': Math.round(articles.length / seconds) }
    })
  )
}
