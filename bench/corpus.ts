import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The `../shared` folder beside the repository, where the corpora live. */
export const sharedFolder = new URL('../../shared/', import.meta.url).pathname

/**
 * Read every `.txt` file of a corpus in `../shared/corpus/`, or return null
 * (after saying so) when the folder is missing.
 */
export function readCorpus(name: string): string[] | null {
  const root = join(sharedFolder, 'corpus', name)
  if (!existsSync(root)) {
    console.log(`skipped ${name}: ${root} is missing`)
    return null
  }
  const texts: string[] = []
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.txt')) texts.push(readFileSync(join(entry.parentPath, entry.name), 'utf8'))
  }
  return texts.sort()
}

/** Total size of some texts in MB (10^6 UTF-16 code units, which is bytes for ASCII text). */
export function megabytes(texts: readonly string[]): number {
  return texts.reduce((total, text) => total + text.length, 0) / 1e6
}
