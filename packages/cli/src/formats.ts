/** What the command can write. */
export const outputFormats = ['json', 'html', 'markdown', 'ninjs', 'jsonld'] as const
/** One of {@link outputFormats}: the value of `--to`. */
export type OutputFormat = (typeof outputFormats)[number]

/** The file extension of each format, for `--out`. */
export const extensions: Readonly<Record<OutputFormat, string>> = {
  json: '.json',
  html: '.html',
  markdown: '.md',
  ninjs: '.ninjs.json',
  jsonld: '.jsonld'
}

/**
 * A value as the command writes JSON files: indented by two spaces, with a final newline.
 *
 * @example
 * prettyJson({ a: 1 })
 * //=> '{\n  "a": 1\n}\n'
 */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
