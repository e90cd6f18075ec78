// One task per file: read, parse, return one NDJSON line (or an error line).
import { readFile } from 'node:fs/promises'
import { NewsdocError, parseArticle } from '@newsdoc/parse'

export async function parseFile(path) {
  try {
    return { ok: true, line: JSON.stringify(parseArticle(await readFile(path))) }
  } catch (error) {
    if (NewsdocError.isInstance(error)) return { ok: false, message: `${path}: ${error.code}: ${error.message}` }
    return { ok: false, message: `${path}: ${error.code ?? 'error'}: ${error.message}` }
  }
}
