// End-to-end: the built playground in Debian's Chromium (driven by
// playwright-core; no browser is downloaded). Pastes the seed article and
// checks that the ten statements appear highlighted with their speakers.
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright-core'

const executablePath = '/usr/bin/chromium'
if (!existsSync(executablePath)) {
  console.log(`playground e2e skipped: ${executablePath} is missing (apt-get install -y chromium)`)
  process.exit(0)
}

const root = new URL('./dist/', import.meta.url).pathname
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
const server = createServer((request, response) => {
  const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname)))
  const file = path.startsWith(root) && existsSync(path) && statSync(path).isFile() ? path : join(root, 'index.html')
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
  response.end(readFileSync(file))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address()

const seed = readFileSync(new URL('../../samples/global-times-putin-wang-yi.txt', import.meta.url), 'utf8')
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
})
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.locator('#input').fill(seed)
  await page.locator('#rendered .statement').first().waitFor({ timeout: 10_000 })
  assert.equal(await page.locator('#rendered .statement').count(), 10)
  assert.equal(await page.locator('#rendered h1').innerText(), 'Russian President Vladimir Putin meets with Chinese top diplomat Wang Yi')
  const chips = await page.locator('#speakers .speaker').allInnerTexts()
  assert.deepEqual(chips.sort(), ["China's Foreign Ministry · 1", 'Vladimir Putin · 6', 'Wang Yi · 3'])
  const background = await page.locator('#rendered .statement').first().evaluate((element) => getComputedStyle(element).backgroundColor)
  assert.equal(background, 'rgb(255, 244, 229)')
  assert.match(await page.locator('#markdown').innerText(), /^---\nheadline: "Russian President/)
  assert.equal(JSON.parse(await page.locator('#json').innerText()).statements.length, 10)
  await page.locator('#input').fill('   ')
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('empty_input'))
  await page.locator('#input').fill(seed)
  await page.locator('#rendered .statement').first().waitFor()
  const screenshot = join(mkdtempSync(join(tmpdir(), 'newsdoc-playground-')), 'playground.png')
  await page.screenshot({ path: screenshot, fullPage: true })
  assert.deepEqual(errors, [])
  console.log(`screenshot: ${screenshot}`)
  console.log('examples/playground e2e: 1 passed, 0 failed')
} finally {
  await browser.close()
  server.close()
}
