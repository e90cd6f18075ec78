import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'

// The schema under test is the one that ships: dist/schema.json, written by
// the build (turbo runs `build` before this package's tests).
const schema = JSON.parse(readFileSync(new URL('../dist/schema.json', import.meta.url), 'utf8')) as object
const seed = JSON.parse(readFileSync(new URL('./fixtures/seed/article.json', import.meta.url), 'utf8')) as Record<string, unknown>

const ajv = new Ajv2020({ allErrors: true, strict: false })
const validate = ajv.compile(schema)

function errors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)
}

describe('schema.json', () => {
  it('validates the seed article', () => {
    expect(errors(seed)).toEqual([])
  })

  it('rejects a wrong type', () => {
    const broken = structuredClone(seed)
    broken.paragraphs = 'ten paragraphs'
    expect(errors(broken)).toContain('/paragraphs must be array')
  })

  it('rejects a missing field', () => {
    const broken = structuredClone(seed)
    delete broken.dateline
    expect(errors(broken)).toContain(" must have required property 'dateline'")
  })

  it('rejects an unknown enum value', () => {
    const broken = structuredClone(seed) as { statements: Array<{ kind: string }> }
    broken.statements[0]!.kind = 'rumour'
    expect(errors(broken)).toContain('/statements/0/kind must be equal to one of the allowed values')
  })

  it('rejects an unknown property', () => {
    const broken = structuredClone(seed)
    broken.author = 'Someone'
    expect(errors(broken)).toContain(' must NOT have additional properties')
  })

  it('cannot express the cross-field rules: a dangling speakerId passes JSON Schema', () => {
    const broken = structuredClone(seed) as { statements: Array<{ speakerId: string }> }
    broken.statements[0]!.speakerId = 'nobody'
    expect(errors(broken)).toEqual([])
  })
})
