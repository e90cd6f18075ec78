// Writes dist/schema.json, the JSON Schema of `Article`, from the built zod
// schema: the zod schema stays the single source of truth.
import { writeFileSync } from 'node:fs'
import { z } from 'zod'
import { Article } from '../dist/index.js'

const schema = z.toJSONSchema(Article, { target: 'draft-2020-12', io: 'output' })
schema.$id = 'https://unpkg.com/@newsdoc/core/dist/schema.json'
schema.title = 'newsdoc Article'
schema.description =
  'A news article parsed by newsdoc. JSON Schema cannot express the cross-field rules (speakerId/via name a participant, paragraph indices exist, blocks are ordered): validate with the zod `Article` schema for those.'
writeFileSync(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`)
console.log('wrote dist/schema.json')
