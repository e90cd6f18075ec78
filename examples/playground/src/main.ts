// The playground: parse the text in the browser on every change and show the
// rendered article, the speakers, the Markdown and the JSON.
import { safeParseArticle } from '@newsdoc/parse'
import { toHtml, toMarkdown } from '@newsdoc/render'

const input = document.querySelector<HTMLTextAreaElement>('#input')!
const rendered = document.querySelector<HTMLDivElement>('#rendered')!
const speakers = document.querySelector<HTMLDivElement>('#speakers')!
const markdown = document.querySelector<HTMLPreElement>('#markdown')!
const json = document.querySelector<HTMLPreElement>('#json')!
const status = document.querySelector<HTMLParagraphElement>('#status')!

function update(): void {
  const started = performance.now()
  const result = safeParseArticle(input.value)
  if (!result.success) {
    rendered.textContent = ''
    speakers.textContent = ''
    markdown.textContent = ''
    json.textContent = ''
    status.textContent = `${result.error.code}: ${result.error.message}`
    return
  }
  const article = result.data
  // toHtml escapes every piece of text, so its output is safe to insert.
  rendered.innerHTML = toHtml(article, { jsonLd: false })
  speakers.replaceChildren(
    ...[...new Set(article.statements.map((statement) => statement.speakerId).filter((id): id is string => id !== null))].map((id) => {
      const chip = document.createElement('span')
      chip.className = 'speaker'
      const participant = article.participants.find((candidate) => candidate.id === id)
      const count = article.statements.filter((statement) => statement.speakerId === id).length
      chip.textContent = `${participant?.name ?? id} · ${count}`
      chip.dataset.participant = id
      return chip
    })
  )
  markdown.textContent = toMarkdown(article)
  json.textContent = JSON.stringify(article, null, 2)
  status.textContent = `${article.statements.length} statements, ${article.participants.length} participants, parsed in ${(performance.now() - started).toFixed(1)} ms`
}

let timer: ReturnType<typeof setTimeout> | undefined
input.addEventListener('input', () => {
  clearTimeout(timer)
  timer = setTimeout(update, 120)
})
input.addEventListener('dragover', (event) => {
  event.preventDefault()
  input.classList.add('dragging')
})
input.addEventListener('dragleave', () => input.classList.remove('dragging'))
input.addEventListener('drop', (event) => {
  event.preventDefault()
  input.classList.remove('dragging')
  const file = event.dataTransfer?.files[0]
  if (file) void file.text().then((text) => {
    input.value = text
    update()
  })
})
update()
