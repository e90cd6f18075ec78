const whitespaceRun = /\s+/g

/**
 * Fold every run of whitespace to one space and trim the ends: the
 * normalization under which a field's `text` equals the input at its span.
 *
 * @example
 * foldWhitespace('  standard oil\n   said ')
 * //=> 'standard oil said'
 */
export function foldWhitespace(text: string): string {
  return text.replace(whitespaceRun, ' ').trim()
}
