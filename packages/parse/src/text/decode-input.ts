import type { Diagnostic } from '@newsdoc/core'
import { describeValue, NewsdocError } from '@newsdoc/core/helpers'

/** The text to parse, with what decoding it had to say. */
export interface DecodedInput {
  text: string
  diagnostics: Diagnostic[]
}

const replacement = 0xfffd
const strictDecoder = new TextDecoder('utf-8', { fatal: true })
const lenientDecoder = new TextDecoder('utf-8')

/**
 * Turn the caller's input into the string every span points into: a string
 * is kept exactly as given; bytes are decoded as UTF-8 with a leading BOM
 * removed and invalid sequences replaced by U+FFFD, each reported.
 *
 * @example
 * decodeInput(new TextEncoder().encode('Hello')).text
 * //=> 'Hello'
 */
export function decodeInput(input: unknown): DecodedInput {
  if (typeof input === 'string') return { text: input, diagnostics: [] }
  if (input instanceof Uint8Array) {
    try {
      return { text: strictDecoder.decode(input), diagnostics: [] }
    } catch {
      const text = lenientDecoder.decode(input)
      const diagnostics: Diagnostic[] = []
      for (let index = 0; index < text.length; index++) {
        if (text.charCodeAt(index) !== replacement) continue
        diagnostics.push({
          code: 'invalid_utf8',
          severity: 'warning',
          message: 'Expected valid UTF-8, not an invalid byte sequence (replaced by U+FFFD)',
          span: { start: index, end: index + 1 }
        })
      }
      return { text, diagnostics }
    }
  }
  throw new NewsdocError('invalid_input_type', `Expected a string or a \`Uint8Array\`, not ${describeValue(input)}`)
}
