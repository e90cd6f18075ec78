import { readdirSync, readFileSync } from 'node:fs'
import type { Article } from '@newsdoc/core'
import { Article as ArticleSchema } from '@newsdoc/core'

/** The fixtures folder: one folder per case, each with an `article.json`. */
export const fixturesFolder = new URL('./fixtures/', import.meta.url)

/** Every fixture's name and its validated article. */
export function fixtures(): Array<{ name: string; article: Article }> {
  return readdirSync(fixturesFolder)
    .sort()
    .map((name) => ({ name, article: ArticleSchema.parse(JSON.parse(readFileSync(new URL(`${name}/article.json`, fixturesFolder), 'utf8'))) }))
}

/** The `../shared` folder beside the repository, or null when it is missing. */
export const sharedFolder = new URL('../../../../shared/', import.meta.url)
