import { existsSync, mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toHtml } from '../src/index.js'
import { fields, payloadArticle } from './payload-article.js'
import { fixtures } from './support.js'
import { readPayloads } from './payloads.js'

// Real rendering in Debian's Chromium (installed by .ci/run). Never downloads a browser.
const executablePath = '/usr/bin/chromium'
const present = existsSync(executablePath)
if (!present) console.log(`browser checks skipped: ${executablePath} is missing (apt-get install -y chromium)`)

// Our own script, first in the page: dialogs and printing are recorded, as DOMPurify's tests do with `window.xssed`.
const recorder =
  '<script id="recorder">window.xssed = []; for (const name of ["alert", "confirm", "prompt", "print"]) window[name] = () => { window.xssed.push(name) }</script>'

const launchArguments = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** What a loaded page did or holds that a renderer must never cause. */
async function inspect(page: Page): Promise<{ xssed: string[]; forbidden: number; handlers: number }> {
  await page.waitForTimeout(5)
  return page.evaluate(() => ({
    xssed: (window as unknown as { xssed?: string[] }).xssed ?? ['recorder missing'],
    forbidden: document.querySelectorAll('iframe, object, embed, base, meta:not([charset]), link, style, img, svg, form, input, script:not([type="application/ld+json"]):not(#recorder)').length,
    handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => /^on|^style$|^srcdoc$|^href$|^src$/i.test(attribute.name))).length
  }))
}

describe.skipIf(!present)('in Chromium', () => {
  let browser: Browser
  let page: Page
  const events: string[] = []

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args: launchArguments })
    page = await browser.newPage({ viewport: { width: 900, height: 1300 } })
    // No network at all: any request is a failure.
    page.on('dialog', (dialog) => {
      events.push(`dialog ${dialog.type()}`)
      void dialog.dismiss()
    })
    await page.route('**/*', (route) => {
      events.push(`request ${route.request().url()}`)
      void route.abort()
    })
  }, 30_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the seed: headline, time, caption with its empty credit, ten paragraphs, ten statements', async () => {
    const seed = fixtures().find((fixture) => fixture.name === 'seed')!.article
    await page.setContent(toHtml(seed, { document: true }))
    expect(await page.locator('h1').innerText()).toBe('Russian President Vladimir Putin meets with Chinese top diplomat Wang Yi')
    expect(await page.locator('header time').getAttribute('datetime')).toBe('2023-09-21T01:53:00+08:00')
    expect(await page.locator('header time').innerText()).toBe('Sep 21, 2023 01:53 AM')
    expect(await page.locator('figcaption small').innerText()).toBe('Photo: (no credit given)')
    expect(await page.locator('figure').getAttribute('data-occurrences')).toBe('2')
    expect(await page.locator('article > p').count()).toBe(10)
    expect(await page.locator('.statement').count()).toBe(10)
    expect(await page.locator('.statement[data-via]').getAttribute('data-via-name')).toBe("China's Foreign Ministry")
    const styled = await page.locator('.statement').first().evaluate((element) => getComputedStyle(element).textDecorationLine)
    expect(styled).toBe('underline')
    const folder = mkdtempSync(join(tmpdir(), 'newsdoc-render-'))
    const file = join(folder, 'seed.png')
    await page.screenshot({ path: file, fullPage: true })
    expect(statSync(file).size).toBeGreaterThan(10_000)
    console.log(`screenshot: ${file}`)
    expect(events).toEqual([])
  }, 30_000)

  it('catches a real injection (the check can fail)', async () => {
    events.length = 0
    await page.setContent(`<!doctype html><html><head>${recorder}</head><body><img src="x" onerror="alert(1)"></body></html>`)
    const found = await inspect(page)
    expect(found.forbidden).toBe(1)
    expect(found.handlers).toBe(1)
    await page.waitForFunction(() => (window as unknown as { xssed: string[] }).xssed.length > 0, undefined, { timeout: 2000 })
    expect(await page.evaluate(() => (window as unknown as { xssed: string[] }).xssed)).toEqual(['alert'])
  })

  it('runs no script, opens no dialog and makes no request for any payload in any field', async () => {
    const failures: string[] = []
    for (const payload of readPayloads()) {
      const articles = fields.map((field) => toHtml(payloadArticle(field, payload))).join('\n')
      events.length = 0
      await page.setContent(`<!doctype html><html><head><meta charset="utf-8">${recorder}</head><body>${articles}<div id="sink"></div></body></html>`)
      // A second sink: the same HTML inserted with innerHTML into the live page.
      await page.evaluate((html) => {
        document.getElementById('sink')!.innerHTML = html
      }, articles)
      await page.waitForTimeout(5)
      const found = await inspect(page)
      if (found.xssed.length > 0 || found.forbidden > 0 || found.handlers > 0 || events.length > 0) {
        failures.push(`${JSON.stringify(payload)}: ${JSON.stringify({ ...found, events })}`)
      }
    }
    expect(failures).toEqual([])
  }, 300_000)
})
