import { stat } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'

/** One input: a path to read (or stdin), and where its output goes under `--out`. */
export interface Input {
  /** Absolute path, or null for stdin. */
  path: string | null
  /** How the input is named in messages (as the user wrote it, or relative to its folder). */
  label: string
  /** Path relative to the folder or glob base it came from, for `--out`. */
  relativePath: string
}

/**
 * Expand the command's arguments into inputs, in order: `-` is stdin, a
 * folder gives its `.txt` files (sorted), a glob its matches (sorted), and
 * any other argument is a file — missing ones too, so that they are reported.
 *
 * @example
 * await collectInputs(['corpus/', 'one.txt'], process.cwd())
 */
export async function collectInputs(patterns: readonly string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = []
  for (const pattern of patterns) {
    if (pattern === '-') {
      inputs.push({ path: null, label: 'stdin', relativePath: 'stdin' })
      continue
    }
    const absolute = resolve(cwd, pattern)
    const kind = await stat(absolute).then(
      (found) => (found.isDirectory() ? 'directory' : 'file'),
      () => 'missing'
    )
    if (kind === 'directory') {
      const files = await glob('**/*.txt', { cwd: absolute, absolute: true, onlyFiles: true })
      for (const file of files.sort()) inputs.push({ path: file, label: relative(cwd, file) || file, relativePath: relative(absolute, file) })
    } else if (kind === 'missing' && isDynamicPattern(pattern)) {
      const files = await glob(pattern, { cwd, absolute: true, onlyFiles: true })
      for (const file of files.sort()) inputs.push({ path: file, label: relative(cwd, file) || file, relativePath: relative(cwd, file) })
    } else inputs.push({ path: absolute, label: pattern, relativePath: relative(cwd, absolute).replace(/^(\.\.\/)+/, '') })
  }
  return inputs
}
