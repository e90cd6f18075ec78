import fc from 'fast-check'

/**
 * fast-check settings for the fuzz properties: 1,000 runs each in
 * `npm test`, more with `NEWSDOC_FUZZ_RUNS` (`npm run fuzz`), and a fixed
 * seed with `NEWSDOC_FUZZ_SEED` to replay a failure (fast-check prints the
 * seed and the shrunk counterexample when a property fails).
 */
export const fuzzSettings: fc.Parameters<unknown> = {
  numRuns: Number(process.env.NEWSDOC_FUZZ_RUNS ?? 1000),
  ...(process.env.NEWSDOC_FUZZ_SEED === undefined ? {} : { seed: Number(process.env.NEWSDOC_FUZZ_SEED) })
}

// Any UTF-16 code unit, lone surrogates included: fc.string never makes them.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))
const markup = fc.constantFrom(
  '<', '>', '&', '"', "'", '`', '*', '_', '[', ']', '(', ')', '!', '|', '#', '~', '\\', '-', '+', '=', ':', '{', '}',
  '<script>alert(1)</script>', '</script>', '<!--', '-->', '<![CDATA[', ']]>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>',
  'javascript:alert(1)', '[x](javascript:alert(1))', '![x](http://example.invalid/x.png)', '<http://example.invalid>', '[a]: http://example.invalid',
  '&lt;', '&#x3c;', '&amp;', '# ', '> ', '- ', '1. ', '---', '***', '```', '    ', '\t', '\n', '\r\n', '\r', '\n\n', '\u0000', '\u2028', '\u00a0', '\ufeff', '\u200b',
  '{{x}}', '${x}', '%s', 'null', 'true', '0', '- a: b', '? x', '"a": "b"', '\'a\'', '“', '”'
)

/** Hostile text: Markdown, HTML, YAML and JSON syntax, control characters, any code unit, lone surrogates. */
export const hostileText = fc
  .array(fc.oneof({ weight: 3, arbitrary: markup }, { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }, { weight: 1, arbitrary: codeUnit }, { weight: 1, arbitrary: surrogate }), { maxLength: 12 })
  .map((parts) => parts.join(''))
