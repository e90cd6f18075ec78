import type { Nodes as MdastNodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmTable } from 'micromark-extension-gfm-table'
import { parseFragment } from 'parse5'
import { foldWhitespace } from '@newsdoc/core'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { toHtml, toMarkdown } from '../src/index.js'
import { fields, payloadArticle } from './payload-article.js'
import { readPayloads } from './payloads.js'

// Hostile strings in every text field must stay text: in HTML, no element or
// attribute that the harmless placeholder render lacks, and the same text; in
// Markdown, no node type the placeholder lacks, and the same text.
const placeholder = 'PLACEHOLDER'

// The HTML parser's own input normalization: CR and CRLF become LF, NUL becomes U+FFFD.
const htmlNormalize = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD')

/** The parts of a parse5 node this check reads. */
interface HtmlNode {
  nodeName: string
  tagName?: string
  attrs?: Array<{ name: string }>
  value?: string
  childNodes?: HtmlNode[]
  content?: HtmlNode
}

function shape(node: HtmlNode, out: string[], texts: string[]): void {
  if (node.tagName !== undefined) {
    out.push(`<${node.tagName} ${(node.attrs ?? []).map((attribute) => attribute.name).sort().join(' ')}>`)
    if (node.tagName === 'script') return
  }
  if (node.nodeName === '#text' && node.value !== undefined) texts.push(node.value)
  for (const child of node.childNodes ?? []) shape(child, out, texts)
  if (node.content) shape(node.content, out, texts)
}

function htmlFacts(html: string): { shape: string[]; text: string; script: string } {
  const tree = parseFragment(html) as unknown as HtmlNode
  const out: string[] = []
  const texts: string[] = []
  shape(tree, out, texts)
  const script = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? ''
  return { shape: out, text: texts.join(''), script }
}

// CommonMark with GFM tables and front matter. Not GFM's autolink literals:
// GFM links any `www.`/`http://` text after escapes are resolved, so no
// escaping can keep a URL-shaped string from being linked there (as any
// plain text URL is on GitHub); that is shown text, not injected markup.
const markdownOptions = { extensions: [gfmTable(), frontmatter(['yaml'])], mdastExtensions: [gfmTableFromMarkdown(), frontmatterFromMarkdown(['yaml'])] }
// The Markdown parser's own input normalization: NUL becomes U+FFFD.
const markdownNormalize = (text: string): string => text.replace(/\0/g, '\uFFFD')

/**
 * The text a Markdown render should read back as: the payload exactly in the
 * article, and whitespace-folded in the statements table (one line a row).
 */
function markdownExpected(reference: string, payload: string): string {
  const cut = reference.indexOf('|Statements|')
  const body = reference.slice(0, cut).split(placeholder).join(payload)
  const table = reference.slice(cut).split(placeholder).join(foldWhitespace(payload))
  return markdownNormalize(body + table)
}

const dangerous = new Set(['html', 'link', 'image', 'definition', 'linkReference', 'imageReference'])

/** Markup nodes found when the render is read as plain CommonMark, front matter included. */
function plainMarkup(markdown: string): string[] {
  const found: string[] = []
  const walk = (node: MdastNodes): void => {
    if (dangerous.has(node.type)) found.push(node.type)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(fromMarkdown(markdown))
  return found
}

function markdownFacts(markdown: string): { types: string[]; text: string; yaml: unknown } {
  const tree = fromMarkdown(markdown, markdownOptions)
  const types: string[] = []
  const texts: string[] = []
  let yaml: unknown = null
  const walk = (node: MdastNodes): void => {
    types.push(node.type)
    if (node.type === 'yaml') yaml = parseYaml(node.value)
    else if (node.type === 'text') texts.push(node.value)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return { types, text: texts.join('|'), yaml }
}

describe('rendering hostile text', () => {
  const all = readPayloads()

  for (const field of fields) {
    it(`keeps every payload as text in the ${field} (HTML)`, () => {
      const reference = htmlFacts(toHtml(payloadArticle(field, placeholder)))
      const failures: string[] = []
      for (const payload of all) {
        const facts = htmlFacts(toHtml(payloadArticle(field, payload)))
        if (facts.shape.join() !== reference.shape.join()) failures.push(`shape: ${JSON.stringify(payload)}`)
        else if (facts.text !== htmlNormalize(reference.text.split(placeholder).join(payload))) failures.push(`text: ${JSON.stringify(payload)}`)
        else if (facts.script.includes('<')) failures.push(`script: ${JSON.stringify(payload)}`)
        else JSON.parse(facts.script)
      }
      expect(failures).toEqual([])
    })

    it(`keeps every payload as text in the ${field} (Markdown)`, () => {
      const referenceMarkdown = toMarkdown(payloadArticle(field, placeholder))
      const reference = markdownFacts(referenceMarkdown)
      const referenceMarkup = plainMarkup(referenceMarkdown).join()
      const failures: string[] = []
      for (const payload of all) {
        // A statement's content and a speaker's name are never blank.
        if ((field === 'quote' || field === 'speaker') && foldWhitespace(payload).length === 0) continue
        const markdown = toMarkdown(payloadArticle(field, payload))
        if (plainMarkup(markdown).join() !== referenceMarkup) failures.push(`plain CommonMark markup: ${JSON.stringify(payload)}`)
        const facts = markdownFacts(markdown)
        const expectedYaml = JSON.parse(JSON.stringify(reference.yaml).split(placeholder).join(JSON.stringify(payload).slice(1, -1)))
        if (facts.types.join() !== reference.types.join()) failures.push(`nodes: ${JSON.stringify(payload)}`)
        else if (facts.text !== markdownExpected(reference.text, payload)) failures.push(`text: ${JSON.stringify(payload)} → ${JSON.stringify(facts.text)}`)
        else expect(facts.yaml).toEqual(expectedYaml)
      }
      expect(failures).toEqual([])
    })
  }
})
