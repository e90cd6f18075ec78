import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { NewsdocError } from '@newsdoc/core/helpers'
import type { ParseOptions } from '@newsdoc/parse'
import { parseArticle } from '@newsdoc/parse'
import type { OutputFormat } from './formats.js'
import { prettyJson } from './formats.js'
import type { renderAs } from './render-as.js'

/** One unit of work: a file (or stdin's bytes) to parse and render. */
export interface ConvertTask {
  /** Path to read, or null when `bytes` are given (stdin). */
  path: string | null
  bytes?: Uint8Array
  format: OutputFormat
  /** One compact JSON line instead of the rendering. */
  ndjson: boolean
  options: ParseOptions
  /** Write the output to this file (folders made as needed) instead of returning it. */
  outputPath?: string
}

/** What became of a task: the output text, or why there is none. */
export type ConvertResult = { ok: true; output: string; bytes: number } | { ok: false; code: string; message: string; bytes: number }

const binaryProbe = 8000

// The renderers (HTML and Markdown syntax trees, YAML) take about 90 ms to
// load: the command loads them on the first input that is not JSON, so that
// `newsdoc story.txt` and `--ndjson` start without them.
let loaded: typeof renderAs | null = null
async function loadRenderAs(): Promise<typeof renderAs> {
  loaded ??= (await import('./render-as.js')).renderAs
  return loaded
}

function failure(code: string, message: string, bytes = 0): ConvertResult {
  return { ok: false, code, message, bytes }
}

/**
 * Read, parse and render one input. Never throws: a missing file, a binary
 * file or a refused parse comes back as `{ ok: false, code, message }`.
 *
 * @example
 * await convert({ path: 'story.txt', format: 'markdown', ndjson: false, options: {} })
 */
export async function convert(task: ConvertTask): Promise<ConvertResult> {
  let bytes: Uint8Array
  if (task.bytes) bytes = task.bytes
  else {
    try {
      // Synchronous on purpose: small files read faster so, and a worker
      // (or the command with `--jobs 1`) has nothing else to do meanwhile;
      // awaiting each read left the CPU idle for a fifth of the run.
      bytes = readFileSync(task.path!)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return failure('not_found', 'Expected an existing file, not a missing path')
      if (code === 'EISDIR') return failure('is_directory', 'Expected a file, not a directory')
      return failure('unreadable', `Expected a readable file, not one that fails with \`${code ?? 'an error'}\``)
    }
  }
  // Text has no NUL bytes; a file that has one in its first kilobytes is binary.
  const nul = bytes.subarray(0, binaryProbe).indexOf(0)
  if (nul !== -1) return failure('binary_input', `Expected a text file, not binary data (a NUL byte at offset ${nul})`, bytes.length)
  try {
    const article = parseArticle(bytes, task.options)
    const output = task.ndjson ? `${JSON.stringify(article)}\n` : task.format === 'json' ? prettyJson(article) : (await loadRenderAs())(article, task.format)
    if (task.outputPath !== undefined) {
      // Written where it was made: a worker thread hands back no text.
      mkdirSync(dirname(task.outputPath), { recursive: true })
      writeFileSync(task.outputPath, output)
      return { ok: true, output: '', bytes: bytes.length }
    }
    return { ok: true, output, bytes: bytes.length }
  } catch (error) {
    if (NewsdocError.isInstance(error)) return failure(error.code, error.message, bytes.length)
    return failure('internal_error', error instanceof Error ? error.message : String(error), bytes.length)
  }
}
