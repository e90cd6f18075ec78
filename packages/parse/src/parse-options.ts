import { describeValue, NewsdocError } from '@newsdoc/core/helpers'
import { isKnownTimeZone } from './meta/date-stamp.js'
import { profileNames } from './profiles/index.js'

/** Options of `parseArticle`. */
export interface ParseOptions {
  /**
   * IANA time zone (`Europe/Berlin`) for date lines that state none and whose
   * publisher has none. Without it such dates keep `iso` and `utc` null.
   */
  timeZone?: string
  /** Force a publisher profile by name (`global-times`, `reuters`, `reuters-1987`, `ap`, `xinhua`, `bbc`, `cnn`, `generic`) instead of choosing by evidence. */
  profile?: string
  /** The publisher's name, when the text does not say it. */
  publisher?: string
  /** BCP 47 language tag of the text; `en` by default (the only language the lexicon covers). */
  language?: string
  /** Longest input accepted, in UTF-16 code units; 50 MB by default. */
  maxLength?: number
}

/** Options after checking, with defaults filled in. */
export interface ResolvedParseOptions {
  timeZone: string | null
  profile: string | null
  publisher: string | null
  language: string
  maxLength: number
}

const knownKeys = new Set(['timeZone', 'profile', 'publisher', 'language', 'maxLength'])

function invalid(message: string): NewsdocError {
  return new NewsdocError('invalid_option', message)
}

function optionalString(options: Record<string, unknown>, key: string): string | null {
  const value = options[key]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string' || value.trim().length === 0) throw invalid(`Expected \`${key}\` to be a non-empty string, not ${describeValue(value)}`)
  return value
}

/**
 * Check the caller's options and fill in defaults; throws a `NewsdocError`
 * with code `invalid_option` on anything unknown or malformed.
 *
 * @example
 * resolveParseOptions({ timeZone: 'Europe/Berlin' }).maxLength
 * //=> 50000000
 */
export function resolveParseOptions(options: unknown): ResolvedParseOptions {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object' || Array.isArray(options)) throw invalid(`Expected options to be an object, not ${describeValue(options)}`)
  const record = options as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!knownKeys.has(key)) throw invalid(`Expected an option among \`${[...knownKeys].join('`, `')}\`, not \`${key}\``)
  }
  const timeZone = optionalString(record, 'timeZone')
  if (timeZone !== null && !isKnownTimeZone(timeZone)) throw invalid(`Expected \`timeZone\` to be an IANA time zone such as \`Europe/Berlin\`, not \`${timeZone}\``)
  const profile = optionalString(record, 'profile')
  if (profile !== null && !profileNames.includes(profile)) throw invalid(`Expected \`profile\` among \`${profileNames.join('`, `')}\`, not \`${profile}\``)
  const language = optionalString(record, 'language') ?? 'en'
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language)) throw invalid(`Expected \`language\` to be a BCP 47 tag such as \`en\`, not \`${language}\``)
  const maxLength = record.maxLength ?? 50_000_000
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength <= 0) {
    throw invalid(`Expected \`maxLength\` to be a positive integer, not ${describeValue(maxLength)}`)
  }
  return { timeZone, profile, publisher: optionalString(record, 'publisher'), language, maxLength }
}
