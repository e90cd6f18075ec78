import type { Article } from '@newsdoc/core'

/** An IPTC ninjs 3.1 news item, as `toNinjs` writes it (a subset of the standard's properties). */
export interface Ninjs {
  uri: string
  type: 'text'
  standard: { name: 'ninjs'; version: '3.1'; schema: string }
  language: string
  headlines?: Array<{ role: 'main' | 'subhead'; contentType: 'text/plain'; value: string }>
  by?: string
  located?: string
  firstCreated?: string
  versionCreated?: string
  bodies: Array<{ role: 'main'; contentType: 'text/plain'; charCount: number; wordCount: number; value: string }>
  people?: Array<{ name: string; rel: 'mentions' | 'author'; literal?: string }>
  organisations?: Array<{ name: string; rel: 'mentions'; literal?: string }>
  places?: Array<{ name: string; rel: 'mentions' | 'located'; literal?: string }>
  infoSources?: Array<{ name: string; role: 'publisher' | 'agency' }>
  associations?: Array<{
    name: string
    uri: string
    type: 'picture' | 'video' | 'graphic'
    descriptions: Array<{ role: 'caption' | 'creditline'; contentType: 'text/plain'; value: string }>
  }>
}

const schema = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json'

/**
 * The article as an IPTC ninjs 3.1 news item: `uri` minted from the article
 * id, headlines, the body, byline, dateline place, first and latest version
 * times (only when the zone is known, as ninjs needs an offset), the people,
 * organisations and places it mentions, picture associations with caption and
 * credit, and the publisher as an info source. Valid against the official
 * 3.1 schema, which allows no custom fields: statements and roles are not
 * carried.
 *
 * @example
 * toNinjs(article).uri
 * //=> 'urn:newsdoc:article:59c13a1df2131340'
 */
export function toNinjs(article: Article): Ninjs {
  const uri = `urn:newsdoc:article:${article.id}`
  const body = article.paragraphs.map((paragraph) => paragraph.text).join('\n\n')
  const headlines: NonNullable<Ninjs['headlines']> = []
  if (article.headline) headlines.push({ role: 'main', contentType: 'text/plain', value: article.headline.text })
  if (article.subheadline) headlines.push({ role: 'subhead', contentType: 'text/plain', value: article.subheadline.text })
  const people: NonNullable<Ninjs['people']> = [
    ...(article.byline?.authors ?? []).map((name) => ({ name, rel: 'author' as const })),
    ...article.participants.filter((participant) => participant.kind === 'person').map((participant) => ({ name: participant.name, rel: 'mentions' as const }))
  ]
  const organisations = article.participants.filter((participant) => participant.kind === 'organization').map((participant) => ({ name: participant.name, rel: 'mentions' as const }))
  const places: NonNullable<Ninjs['places']> = [
    ...(article.dateline?.place ? [{ name: article.dateline.place, rel: 'located' as const }] : []),
    ...article.places.map((place) => ({ name: place.name, rel: 'mentions' as const }))
  ]
  const infoSources: NonNullable<Ninjs['infoSources']> = []
  if (article.publisher) infoSources.push({ name: article.publisher.name, role: 'publisher' })
  if (article.dateline?.agency && article.dateline.agency !== article.publisher?.name) infoSources.push({ name: article.dateline.agency, role: 'agency' })
  const associations = article.media.map((media, index) => ({
    name: `${media.kind}-${index + 1}`,
    uri: `${uri}#media-${index + 1}`,
    type: media.kind === 'image' ? ('picture' as const) : media.kind,
    descriptions: [
      { role: 'caption' as const, contentType: 'text/plain' as const, value: media.caption },
      ...(media.credit === null ? [] : [{ role: 'creditline' as const, contentType: 'text/plain' as const, value: media.credit }])
    ]
  }))
  return {
    uri,
    type: 'text',
    standard: { name: 'ninjs', version: '3.1', schema },
    language: article.language,
    ...(headlines.length > 0 ? { headlines } : {}),
    ...(article.byline ? { by: article.byline.text } : {}),
    ...(article.dateline?.place ? { located: article.dateline.place } : {}),
    ...(article.published?.iso ? { firstCreated: article.published.iso } : {}),
    ...(article.updated?.iso ? { versionCreated: article.updated.iso } : {}),
    bodies: [{ role: 'main', contentType: 'text/plain', charCount: body.length, wordCount: body.split(/\s+/).filter((word) => word.length > 0).length, value: body }],
    ...(people.length > 0 ? { people } : {}),
    ...(organisations.length > 0 ? { organisations } : {}),
    ...(places.length > 0 ? { places } : {}),
    ...(infoSources.length > 0 ? { infoSources } : {}),
    ...(associations.length > 0 ? { associations } : {})
  }
}
