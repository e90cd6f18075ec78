const marker = Symbol.for('newsdoc.error')

/** The stable codes a `NewsdocError` can carry. */
export type NewsdocErrorCode =
  | 'invalid_input_type'
  | 'empty_input'
  | 'input_too_large'
  | 'invalid_option'
  | 'invalid_article'

/** Options of `NewsdocError`, beyond the message. */
export interface NewsdocErrorOptions {
  /** The underlying error, if any. */
  cause?: unknown
}

/**
 * The one error every newsdoc package throws, with a stable snake_case
 * `code` to branch on. Messages read "Expected X, not Y".
 *
 * @example
 * try {
 *   parseArticle('')
 * } catch (error) {
 *   if (NewsdocError.isInstance(error)) error.code
 *   //=> 'empty_input'
 * }
 */
export class NewsdocError extends Error {
  override readonly name = 'NewsdocError'
  readonly code: NewsdocErrorCode
  readonly [marker] = true

  constructor(code: NewsdocErrorCode, message: string, options?: NewsdocErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
  }

  /**
   * Whether `value` is a `NewsdocError`, even one thrown by another copy of
   * the package (where `instanceof` fails).
   *
   * @example
   * NewsdocError.isInstance(new NewsdocError('empty_input', 'Expected text, not an empty string'))
   * //=> true
   */
  static isInstance(value: unknown): value is NewsdocError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true
  }

  /**
   * `instanceof NewsdocError` by the same test, so that it holds for an
   * error of the CommonJS build of `@newsdoc/core/helpers` (which a parser
   * throws) as for one of `@newsdoc/core`.
   *
   * @example
   * new NewsdocError('empty_input', 'Expected text, not an empty string') instanceof NewsdocError
   * //=> true
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return NewsdocError.isInstance(value)
  }
}

/**
 * Describe a value for an "Expected X, not Y" message: its type, and its
 * value when that is short.
 *
 * @example
 * describeValue(42)
 * //=> '`42` (number)'
 */
export function describeValue(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  if (Array.isArray(value)) return 'an array'
  const type = typeof value
  if (type === 'string') {
    const text = value as string
    return text.length > 40 ? `a string of ${text.length} characters` : `\`${JSON.stringify(text)}\` (string)`
  }
  if (type === 'number' || type === 'boolean' || type === 'bigint') return `\`${String(value)}\` (${type})`
  if (type === 'function') return 'a function'
  if (type === 'symbol') return 'a symbol'
  const name = (value as object).constructor?.name
  return name && name !== 'Object' ? `a \`${name}\`` : 'an object'
}
