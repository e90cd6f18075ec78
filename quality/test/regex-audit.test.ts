import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { check } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { repository, sourceFiles } from './packages.js'

// Every regex literal in packages/*/src goes through recheck (automaton and
// fuzz checks); one flagged as super-linear fails the test, with the attack
// string recheck found. The lint rules of eslint-plugin-regexp catch most of
// these while writing; this is the second, independent opinion.

interface RegexLiteral {
  where: string
  source: string
  flags: string
}

/** Every regex literal of one TypeScript file, with its `file:line`. */
function regexLiterals(file: string): RegexLiteral[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true)
  const found: RegexLiteral[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text
      const slash = text.lastIndexOf('/')
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      found.push({ where: `${relative(repository, file)}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** recheck's verdict on one pattern: `safe`, `vulnerable` (with the attack) or `unknown`. */
async function verdict(pattern: string, flags: string): Promise<string> {
  const diagnostics = await check(pattern, flags.replace(/[dgy]/g, ''), { timeout: 10_000 })
  if (diagnostics.status === 'vulnerable') return `vulnerable (${diagnostics.complexity.type}): ${diagnostics.attack.pattern}`
  if (diagnostics.status === 'unknown') return `unknown: ${diagnostics.error.kind}`
  return 'safe'
}

describe('regex audit', () => {
  it('flags a super-linear regex (negative control)', async () => {
    expect(await verdict('^(a+)+$', '')).toMatch(/^vulnerable \(exponential\)/)
    expect(await verdict('^\\s*a*\\s*b$', '')).toMatch(/^vulnerable \(polynomial\)/)
    expect(await verdict('^a+b$', '')).toBe('safe')
  })

  it('finds every regex in packages/*/src safe', async () => {
    const literals = sourceFiles().flatMap(regexLiterals)
    expect(literals.length).toBeGreaterThan(20)
    const verdicts = await Promise.all(literals.map(async (literal) => `${literal.where} /${literal.source}/${literal.flags}: ${await verdict(literal.source, literal.flags)}`))
    expect(verdicts.filter((line) => !line.endsWith(': safe'))).toEqual([])
  })
})
