import type { Article } from '@newsdoc/core'
import { foldWhitespace } from '@newsdoc/core/helpers'
import type { PhrasingContent, Root, RootContent, TableRow } from 'mdast'
import { stringify } from 'yaml'
import { nameOf, participantsById } from '../shared/names.js'

/** Options of `toMdast` and `toMarkdown`. */
export interface MarkdownOptions {
  /** Leave out the YAML front matter. */
  frontMatter?: boolean
  /** Leave out the closing table of statements. */
  statements?: boolean
}

const text = (value: string): PhrasingContent => ({ type: 'text', value })

function frontMatter(article: Article): Record<string, unknown> {
  const data: Record<string, unknown> = { headline: article.headline?.text ?? null }
  if (article.subheadline) data.subheadline = article.subheadline.text
  if (article.publisher) data.publisher = article.publisher.name
  if (article.published) {
    const { text: written, local, timeZone, timeZoneSource, iso, utc } = article.published
    data.published = { text: written, local, timeZone, timeZoneSource, iso, utc }
  }
  if (article.updated) data.updated = { text: article.updated.text, local: article.updated.local, timeZone: article.updated.timeZone, iso: article.updated.iso }
  if (article.byline) data.byline = article.byline.authors
  if (article.dateline) data.dateline = { text: article.dateline.text, place: article.dateline.place, date: article.dateline.date, agency: article.dateline.agency }
  data.language = article.language
  const people = article.participants.map((participant) => ({
    name: participant.name,
    kind: participant.kind,
    ...(participant.aliases.length > 0 ? { aliases: participant.aliases } : {}),
    ...(participant.role ? { title: participant.role.title, affiliation: participant.role.affiliation } : {})
  }))
  if (people.length > 0) data.participants = people
  return data
}

const markdownSignificant = new Set(['<', '>', '&', '[', ']', '(', ')', '*', '_', '`', '!', '|', '#', '~'])

/**
 * YAML for the front matter with every string double-quoted and every
 * character that means something to Markdown or HTML written as a `\uXXXX`
 * escape: a reader that does not know front matter and parses it as
 * Markdown still finds only text there. YAML reads the same values back.
 * One pass over the YAML: inside a double-quoted scalar (line breaks
 * included, since YAML folds long strings) significant characters are
 * escaped; YAML's own escapes (`\"`, `\n`) are copied as they are.
 */
function safeYaml(data: Record<string, unknown>): string {
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }).trimEnd()
  let out = ''
  let quoted = false
  for (let index = 0; index < yaml.length; index++) {
    const character = yaml[index]!
    if (!quoted) {
      out += character
      quoted = character === '"'
    } else if (character === '\\') {
      out += character + (yaml[index + 1] ?? '')
      index++
    } else if (markdownSignificant.has(character)) out += `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
    else {
      out += character
      quoted = character !== '"'
    }
  }
  return out
}

/**
 * Turn an article into an mdast tree: YAML front matter, `# headline`,
 * captions as emphasized paragraphs with their credit, the paragraphs, and a
 * closing GFM table of statements (its cells fold whitespace, so that each row
 * stays one line). The tree is public: run remark plugins on
 * it as you like.
 *
 * @example
 * toMdast(article).children[1]
 * //=> { type: 'heading', depth: 1, children: [ … ] }
 */
export function toMdast(article: Article, options: MarkdownOptions = {}): Root {
  const children: RootContent[] = []
  if (options.frontMatter !== false) children.push({ type: 'yaml', value: safeYaml(frontMatter(article)) })
  if (article.headline) children.push({ type: 'heading', depth: 1, children: [text(article.headline.text)] })
  if (article.subheadline) children.push({ type: 'paragraph', children: [{ type: 'strong', children: [text(article.subheadline.text)] }] })
  const meta: string[] = []
  if (article.byline) meta.push(article.byline.text)
  if (article.dateline) meta.push(article.dateline.text)
  if (article.published) meta.push(`Published: ${article.published.text}`)
  if (article.updated) meta.push(`Updated: ${article.updated.text}`)
  if (meta.length > 0) children.push({ type: 'paragraph', children: [text(meta.join(' · '))] })
  for (const media of article.media) {
    const credit =
      media.credit !== null ? ` (${media.creditLabel ? `${media.creditLabel}: ` : ''}${media.credit})` : media.creditLabel !== null ? ` (${media.creditLabel}: no credit given)` : ''
    const repeated = media.occurrences > 1 ? ` ×${media.occurrences}` : ''
    children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [text(media.caption)] }, text(`${credit}${repeated}`)] })
  }
  for (const paragraph of article.paragraphs) children.push({ type: 'paragraph', children: [text(paragraph.text)] })
  if (article.publisher?.text) children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [text(article.publisher.text)] }] })
  if (options.statements !== false && article.statements.length > 0) {
    const participants = participantsById(article)
    // A table row is one line: cells hold their text with whitespace folded
    // (the paragraphs above keep it exactly).
    const cell = (value: string): TableRow['children'][number] => {
      const folded = foldWhitespace(value)
      return { type: 'tableCell', children: folded.length > 0 ? [text(folded)] : [] }
    }
    const header: TableRow = { type: 'tableRow', children: ['¶', 'Speaker', 'Via', 'Cue', 'Kind', 'Content'].map(cell) }
    const rows: TableRow[] = article.statements.map((statement) => ({
      type: 'tableRow',
      children: [
        cell(String(statement.paragraph + 1)),
        cell(nameOf(participants, statement.speakerId) ?? ''),
        cell(nameOf(participants, statement.via) ?? ''),
        cell(statement.cue ?? ''),
        cell(statement.kind),
        cell(statement.content)
      ]
    }))
    children.push({ type: 'heading', depth: 2, children: [text('Statements')] })
    children.push({ type: 'table', align: [null, null, null, null, null, null], children: [header, ...rows] })
  }
  return { type: 'root', children }
}
