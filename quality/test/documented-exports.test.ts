import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { publishedPackages, repository } from './packages.js'

// Every public export carries TSDoc: a summary, and for anything callable an
// `@example`. This is what TypeDoc shows (`npm run docs`), checked here so an
// undocumented export fails `npm test`.

const packages = publishedPackages()
const control = new URL('./fixtures/exports.ts', import.meta.url).pathname
const program = ts.createProgram(
  [...packages.flatMap((item) => item.entryPoints), control],
  { ...ts.getDefaultCompilerOptions(), target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, customConditions: ['@newsdoc/source'], strict: true, noEmit: true, skipLibCheck: true, resolveJsonModule: true, types: ['node'], typeRoots: [`${repository}node_modules/@types`] }
)
const checker = program.getTypeChecker()

/** Whether a declaration is something a user calls: a function, a class, or a const holding a function. */
function isCallable(declaration: ts.Declaration): boolean {
  if (ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration)) return true
  if (ts.isVariableDeclaration(declaration)) {
    const type = checker.getTypeAtLocation(declaration)
    // Zod schemas are callable objects of their own kind; their doc shows `.parse`, not a call.
    return type.getCallSignatures().length > 0 && type.getProperty('safeParse') === undefined
  }
  return false
}

/** What is missing from one export's documentation, or null when it is complete. */
function missingDocs(symbol: ts.Symbol): string | null {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  const declarations = target.getDeclarations() ?? []
  if (declarations.length === 0) return 'no declaration'
  const summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim()
  if (summary.length === 0) return 'no TSDoc summary'
  const tags = target.getJsDocTags(checker).map((tag) => tag.name)
  if (declarations.some(isCallable) && !tags.includes('example')) return 'no @example'
  return null
}

/** Problems of every export of one entry point, as `name: problem`. */
function problemsOf(entry: string): string[] {
  const source = program.getSourceFile(entry)
  if (source === undefined) throw new Error(`${entry} is not in the program`)
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)
  if (exports.length === 0) throw new Error(`${entry} exports nothing`)
  return exports.flatMap((symbol) => {
    const problem = missingDocs(symbol)
    return problem === null ? [] : [`${symbol.getName()}: ${problem}`]
  })
}

describe('public exports', () => {
  it('flags what is undocumented (negative control)', () => {
    expect(problemsOf(control).sort()).toEqual(['Undocumented: no TSDoc summary', 'multiply: no TSDoc summary', 'subtract: no @example'])
  })

  for (const item of packages) {
    it(`are all documented in ${item.name}`, () => {
      expect(item.entryPoints.length).toBeGreaterThan(0)
      expect(item.entryPoints.flatMap(problemsOf)).toEqual([])
    })
  }
})
