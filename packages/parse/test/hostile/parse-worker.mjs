// Runs in a worker thread: parse one input and report what happened, so that
// the main thread can stop a parse that hangs (a synchronous regex cannot be
// stopped from inside its own thread).
import { parentPort, workerData } from 'node:worker_threads'

const { modulePath } = workerData
const { parseArticle, NewsdocError } = await import(modulePath)
const { Article, checkSpans } = await import(workerData.coreModulePath)

parentPort.on('message', ({ id, input }) => {
  const started = performance.now()
  try {
    const article = parseArticle(input)
    // The time of the parse alone; the checks below are the test's, not the parser's.
    const ms = performance.now() - started
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input)
    const problems = []
    if (!Article.safeParse(article).success) problems.push('not a valid Article')
    const spans = typeof input === 'string' ? checkSpans(article, input) : []
    if (spans.length > 0) problems.push(`span: ${spans[0].message}`)
    let position = 0
    for (const block of article.blocks) {
      for (let index = position; index < block.span.start; index++) if (/\S/.test(text[index])) { problems.push(`uncovered character at ${index}`); break }
      position = Math.max(position, block.span.end)
    }
    for (let index = position; index < text.length && typeof input === 'string'; index++) if (/\S/.test(text[index])) { problems.push(`uncovered character at ${index}`); break }
    parentPort.postMessage({ id, outcome: problems.length === 0 ? 'ok' : 'broken', problems, ms })
  } catch (error) {
    parentPort.postMessage({ id, outcome: NewsdocError.isInstance(error) ? 'refused' : 'crashed', problems: [NewsdocError.isInstance(error) ? error.code : String(error?.stack ?? error)], ms: performance.now() - started })
  }
})
