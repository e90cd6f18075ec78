import type { Article, Participant, Place as NewsdocPlace } from '@newsdoc/core'
import type { Claim, ImageObject, NewsArticle, Organization, Person, Place, Quotation, WithContext } from 'schema-dts'
import { participantsById } from '../shared/names.js'

function agent(participant: Participant): Person | Organization {
  if (participant.kind === 'organization') {
    return { '@type': 'Organization', name: participant.name, ...(participant.aliases.length > 0 ? { alternateName: participant.aliases } : {}) }
  }
  const person: Person = { '@type': 'Person', name: participant.name }
  return {
    ...person,
    ...(participant.aliases.length > 0 ? { alternateName: participant.aliases } : {}),
    ...(participant.role ? { jobTitle: participant.role.title } : {}),
    ...(participant.role?.affiliation ? { affiliation: { '@type': 'Organization', name: participant.role.affiliation } } : {}),
    ...(participant.descriptions.length > 0 ? { description: participant.descriptions.join('; ') } : {})
  }
}

function place(value: NewsdocPlace): Place {
  return { '@type': 'Place', name: value.name, ...(value.aliases.length > 0 ? { alternateName: value.aliases } : {}) }
}

/**
 * The article as a schema.org `NewsArticle` (JSON-LD), typed with
 * schema-dts: headline, dates with offsets (only when the zone is known),
 * authors, publisher, dateline, images with captions and credits, the people,
 * organizations and places it mentions, and its statements as `Quotation`
 * (direct) or `Claim` (reported) parts.
 *
 * @example
 * toJsonLd(article)['@type']
 * //=> 'NewsArticle'
 */
export function toJsonLd(article: Article): WithContext<NewsArticle> {
  const participants = participantsById(article)
  const images: ImageObject[] = article.media
    .filter((media) => media.kind !== 'video')
    .map((media) => ({ '@type': 'ImageObject', caption: media.caption, ...(media.credit === null ? {} : { creditText: media.credit }) }))
  const parts: Array<Quotation | Claim> = article.statements.map((statement) => {
    const speaker = statement.speakerId === null ? undefined : participants.get(statement.speakerId)
    const via = statement.via === null ? undefined : participants.get(statement.via)
    if (statement.kind === 'direct') {
      return { '@type': 'Quotation', text: statement.content, ...(speaker ? { creator: agent(speaker) } : {}), ...(via ? { sourceOrganization: via.kind === 'organization' ? { '@type': 'Organization', name: via.name } : undefined } : {}) } as Quotation
    }
    return { '@type': 'Claim', text: statement.content, ...(speaker ? { author: agent(speaker) } : {}), ...(via ? { appearance: { '@type': 'CreativeWork', author: agent(via) } } : {}) } as Claim
  })
  const body = article.paragraphs.map((paragraph) => paragraph.text).join('\n\n')
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    identifier: article.id,
    inLanguage: article.language,
    ...(article.headline ? { headline: article.headline.text } : {}),
    ...(article.subheadline ? { alternativeHeadline: article.subheadline.text } : {}),
    ...(article.published?.iso ? { datePublished: article.published.iso } : {}),
    ...(article.updated?.iso ? { dateModified: article.updated.iso } : {}),
    ...(article.byline ? { author: article.byline.authors.map((name): Person => ({ '@type': 'Person', name })) } : {}),
    ...(article.publisher ? { publisher: { '@type': 'Organization', name: article.publisher.name } } : {}),
    ...(article.dateline ? { dateline: article.dateline.text } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    articleBody: body,
    wordCount: body.length === 0 ? 0 : body.split(/\s+/).filter((word) => word.length > 0).length,
    ...(article.participants.length + article.places.length > 0 ? { mentions: [...article.participants.map(agent), ...article.places.map(place)] } : {}),
    ...(parts.length > 0 ? { hasPart: parts } : {})
  }
}
