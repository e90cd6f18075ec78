import type { Article } from '@newsdoc/core'
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { participantsById } from '../shared/names.js'
import type { Handlers, HtmlState } from './handlers.js'
import { defaultHandlers } from './handlers.js'
import { stylesheet } from './stylesheet.js'

/** Options of `toHast` and `toHtml`. */
export interface HtmlOptions {
  /** A complete HTML5 document with a small built-in stylesheet, instead of one `<article>`. */
  document?: boolean
  /** Leave out the `<script type="application/ld+json">` with the schema.org `NewsArticle`. */
  jsonLd?: boolean
  /** Replace the handlers of some node kinds. */
  handlers?: Partial<Handlers>
}

function list(result: ElementContent | ElementContent[] | null): ElementContent[] {
  if (result === null) return []
  return Array.isArray(result) ? result : [result]
}

/**
 * Turn an article into a hast tree: an `<article lang>` with a `<header>`
 * (headline, standfirst, byline, dateline, `<time>`s), `<figure>`s for media,
 * paragraphs with statements, participants, places and times marked, a
 * publisher footer and the JSON-LD script. The tree is public: run rehype
 * plugins on it as you like.
 *
 * @example
 * toHast(article).children[0].tagName
 * //=> 'article'
 */
export function toHast(article: Article, options: HtmlOptions = {}): Root {
  const handlers: Handlers = { ...defaultHandlers, ...options.handlers }
  const state: HtmlState = {
    article,
    participants: participantsById(article),
    handlers,
    all: (pieces) => pieces.flatMap((piece) => list(handlers.piece(piece, state)))
  }
  const header: ElementContent[] = [
    ...(article.headline ? list(handlers.headline(article.headline, state)) : []),
    ...(article.subheadline ? list(handlers.subheadline(article.subheadline, state)) : []),
    ...(article.byline ? list(handlers.byline(article.byline, state)) : []),
    ...(article.dateline ? list(handlers.dateline(article.dateline, state)) : []),
    ...(article.published ? list(handlers.date(article.published, 'published', state)) : []),
    ...(article.updated ? list(handlers.date(article.updated, 'updated', state)) : [])
  ]
  const body: ElementContent[] = [
    ...article.media.flatMap((media, index) => list(handlers.media(media, index, state))),
    ...article.paragraphs.flatMap((paragraph, index) => list(handlers.paragraph(paragraph, index, state)))
  ]
  const children: ElementContent[] = []
  if (header.length > 0) children.push(h('header', header))
  children.push(...body)
  if (article.publisher) {
    const footer = list(handlers.publisher(article.publisher, state))
    if (footer.length > 0) children.push(h('footer', footer))
  }
  if (options.jsonLd !== false) children.push(...list(handlers.jsonLd(article, state)))
  const element: Element = h('article', { lang: article.language, ...{ 'data-newsdoc-id': article.id } }, children)
  if (!options.document) return { type: 'root', children: [element] }
  const title = article.headline?.text ?? article.paragraphs[0]?.text.slice(0, 80) ?? 'Article'
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: article.language }, [
        h('head', [h('meta', { charSet: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', stylesheet)]),
        h('body', [element])
      ])
    ]
  }
}
