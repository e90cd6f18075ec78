import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The repository's root folder. */
export const repository = new URL('../../', import.meta.url).pathname

/** One published package: its folder, name and source entry points. */
export interface PublishedPackage {
  folder: string
  name: string
  entryPoints: string[]
}

/** Every non-private package under `packages/`, with the source files its `exports` map points at. */
export function publishedPackages(): PublishedPackage[] {
  const root = join(repository, 'packages')
  return readdirSync(root).flatMap((entry) => {
    const folder = join(root, entry)
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; private?: boolean; exports?: Record<string, unknown> }
    if (manifest.private === true) return []
    const entryPoints = new Set<string>()
    const visit = (target: unknown): void => {
      if (typeof target === 'string') {
        if (target.startsWith('./src/')) entryPoints.add(join(folder, target))
      } else if (target !== null && typeof target === 'object') for (const value of Object.values(target)) visit(value)
    }
    visit(manifest.exports)
    return [{ folder, name: manifest.name, entryPoints: [...entryPoints] }]
  })
}

/** Every TypeScript source file of the published packages, tests excluded. */
export function sourceFiles(): string[] {
  return publishedPackages().flatMap(({ folder }) =>
    readdirSync(join(folder, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => join(folder, 'src', name))
  )
}
