import type { Article } from '@newsdoc/core'
import { NewsdocError, SCHEMA_VERSION } from '@newsdoc/core/helpers'
import { buildLayout } from './layout/build-layout.js'
import { findEntities } from './entities/find-entities.js'
import { findArticleStatements, selfReferringSpeakers, speakerSpans } from './statements/find-statements.js'
import { anchorDate, findTimeExpressions } from './time/find-time-expressions.js'
import { linkStatements } from './statements/link-statements.js'
import { foldedText, viewParagraph } from './statements/paragraph-view.js'
import type { ParseOptions } from './parse-options.js'
import { resolveParseOptions } from './parse-options.js'
import { chooseProfile } from './profiles/choose-profile.js'
import { profiles } from './profiles/index.js'
import { decodeInput } from './text/decode-input.js'
import { hashText } from './text/hash-text.js'
import { splitLines } from './text/lines.js'
import { isWhitespaceCode as isWhitespace } from '@newsdoc/core/helpers'

/** The result of `safeParseArticle`, shaped like zod's `safeParse`. */
export type SafeParseArticleResult = { success: true; data: Article } | { success: false; error: NewsdocError }

function hasVisibleCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (!isWhitespace(text.charCodeAt(index))) return true
  return false
}

/**
 * Parse plain article text into an `Article`. Pure, synchronous and
 * deterministic: the same input and options always give the same result,
 * whatever the machine's clock or zone. Spans are UTF-16 offsets into
 * `input` (for bytes: into the decoded string).
 *
 * @param input The article as a string, or as UTF-8 bytes.
 * @param options See `ParseOptions`.
 * @returns The article; throws a `NewsdocError` on input it cannot take.
 * @example
 * const article = parseArticle(text)
 * article.headline?.text
 * //=> 'Russian President Vladimir Putin meets with Chinese top diplomat Wang Yi'
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  const { text, diagnostics } = decodeInput(input)
  const resolved = resolveParseOptions(options)
  if (text.length > resolved.maxLength) {
    throw new NewsdocError('input_too_large', `Expected at most ${resolved.maxLength} characters (\`maxLength\`), not ${text.length}`)
  }
  if (!hasVisibleCharacter(text)) {
    throw new NewsdocError('empty_input', text.length === 0 ? 'Expected article text, not an empty string' : 'Expected article text, not only whitespace')
  }
  const lines = splitLines(text)
  const forced = resolved.profile === null ? null : profiles.find((profile) => profile.name === resolved.profile)
  const choice = forced ? { profile: forced, chosen: true } : chooseProfile(text, lines)
  const layout = buildLayout(text, lines, {
    profile: choice.profile,
    profileChosen: choice.chosen,
    timeZoneOption: resolved.timeZone,
    publisherOption: resolved.publisher
  })
  const views = layout.paragraphs.map((span, index) => viewParagraph(text, index, span))
  // Names in the headline, standfirst and captions count too (`Chinese top diplomat Wang Yi`).
  const frame = [layout.headline?.span, layout.subheadline?.span, ...layout.media.map((media) => media.spans[0])]
    .filter((span): span is NonNullable<typeof span> => span !== undefined)
    .map((span) => viewParagraph(text, -1, span))
  // Statements first: a bare surname that speaks (`DuVernay said`) is a person before pronouns are resolved.
  const drafts = findArticleStatements(views, { spanParagraph: choice.profile.attributionSpansParagraph })
  const entities = findEntities(frame.concat(views), speakerSpans(drafts), selfReferringSpeakers(text, drafts))
  const statements = linkStatements(views, drafts, entities)
  const anchor = anchorDate(layout.published?.local ?? null)
  const timeExpressions = views.flatMap((view) => findTimeExpressions(view, anchor))
  return {
    schemaVersion: SCHEMA_VERSION,
    id: hashText(text),
    language: resolved.language,
    headline: layout.headline,
    subheadline: layout.subheadline,
    byline: layout.byline,
    dateline: layout.dateline,
    publisher: layout.publisher,
    published: layout.published,
    updated: layout.updated,
    media: layout.media,
    paragraphs: views.map((view) => ({ text: foldedText(view, view.span), span: view.span })),
    participants: entities.finish(),
    places: entities.places,
    statements,
    timeExpressions,
    blocks: layout.blocks,
    diagnostics: [...diagnostics, ...layout.diagnostics]
  }
}

/**
 * Parse like `parseArticle`, but return the error instead of throwing it:
 * `{ success: true, data }` or `{ success: false, error }`, as zod's
 * `safeParse` does.
 *
 * @example
 * const result = safeParseArticle('')
 * if (!result.success) result.error.code
 * //=> 'empty_input'
 */
export function safeParseArticle(input: unknown, options?: ParseOptions): SafeParseArticleResult {
  try {
    return { success: true, data: parseArticle(input as string, options) }
  } catch (error) {
    if (NewsdocError.isInstance(error)) return { success: false, error }
    throw error
  }
}
