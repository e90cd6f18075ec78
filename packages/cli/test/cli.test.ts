import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { Article } from '@newsdoc/core'
import { describe, expect, it } from 'vitest'
import type { runCli as RunCli } from '../src/index.js'

// The command as users run it: the built bin in a child process.
const cli = new URL('../dist/cli.js', import.meta.url).pathname
const repository = new URL('../../../', import.meta.url).pathname
const samples = join(repository, 'samples')
const fixtures = join(repository, 'packages/parse/test/fixtures')

function newsdoc(args: string[], input?: string | Uint8Array): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repository, input, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

describe('newsdoc', () => {
  it('prints one file as an Article', () => {
    const { code, stdout, stderr } = newsdoc(['samples/global-times-putin-wang-yi.txt'])
    expect(code).toBe(0)
    const article = Article.parse(JSON.parse(stdout))
    expect(article.statements).toHaveLength(10)
    expect(stderr).toMatch(/^newsdoc: 1 file, 0\.00 MB in \d+\.\d\d s, 0 failed\n$/)
  })

  it('renders Markdown, HTML, ninjs and JSON-LD', () => {
    expect(newsdoc(['samples/global-times-putin-wang-yi.txt', '--to', 'markdown', '--quiet']).stdout).toMatch(/^---\nheadline: "Russian President/)
    expect(newsdoc(['samples/global-times-putin-wang-yi.txt', '--to', 'html', '--quiet']).stdout).toMatch(/^<!doctype html>/)
    expect(JSON.parse(newsdoc(['samples/global-times-putin-wang-yi.txt', '--to', 'ninjs', '--quiet']).stdout)).toMatchObject({ type: 'text', firstCreated: '2023-09-21T01:53:00+08:00' })
    expect(JSON.parse(newsdoc(['samples/global-times-putin-wang-yi.txt', '--to', 'jsonld', '--quiet']).stdout)).toMatchObject({ '@type': 'NewsArticle' })
  })

  it('reads stdin', () => {
    const { code, stdout } = newsdoc(['-', '--quiet'], readFileSync(join(samples, 'reuters-1987-acme-mills.txt')))
    expect(code).toBe(0)
    expect(JSON.parse(stdout).publisher.name).toBe('Reuters')
  })

  it('walks a folder into NDJSON, in input order, the same with one job or two', () => {
    const one = newsdoc([fixtures, '--ndjson', '--jobs', '1', '--quiet'])
    const two = newsdoc([fixtures, '--ndjson', '--jobs', '2', '--quiet'])
    expect(one.code).toBe(0)
    const lines = one.stdout.trim().split('\n')
    expect(lines).toHaveLength(readdirSync(fixtures).length)
    for (const line of lines) Article.parse(JSON.parse(line))
    expect(two.stdout).toBe(one.stdout)
  })

  it('waits for a slow reader, and writes every output in order', async () => {
    // The library entry of the built command (its worker file is beside it in dist/).
    const { runCli } = (await import(new URL('../dist/index.js', import.meta.url).href)) as { runCli: typeof RunCli }
    const chunks: string[] = []
    let queued = 0
    // A reader that takes one chunk at a time, a millisecond each: every write fills its buffer.
    const stdout = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString())
        // Anything buffered beyond this chunk was written without waiting for 'drain'.
        queued = Math.max(queued, stdout.writableLength - chunk.length)
        setTimeout(done, 1)
      }
    })
    const stderr = new Writable({ write: (_chunk, _encoding, done) => done() })
    const code = await runCli([fixtures, '--ndjson', '--jobs', '2', '--quiet'], { stdout, stderr, stdin: process.stdin, cwd: repository })
    expect(code).toBe(0)
    expect(chunks.length).toBe(readdirSync(fixtures).length)
    expect(queued).toBe(0)
    expect(chunks.join('')).toBe(newsdoc([fixtures, '--ndjson', '--jobs', '1', '--quiet']).stdout)
  })

  it('expands globs', () => {
    const { stdout } = newsdoc(['samples/*.txt', '--ndjson', '--quiet'])
    expect(stdout.trim().split('\n')).toHaveLength(2)
  })

  it('writes one file per input with --out, keeping relative paths', () => {
    const out = mkdtempSync(join(tmpdir(), 'newsdoc-cli-'))
    const { code } = newsdoc([fixtures, '--to', 'html', '--out', out, '--jobs', '2', '--quiet'])
    expect(code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(readdirSync(fixtures).sort())
    expect(readFileSync(join(out, 'bbc', 'input.html'), 'utf8')).toContain('<h1>Council backs new cycle lanes</h1>')
  })

  it('reports a missing file in one line, goes on, and exits 1', () => {
    const { code, stdout, stderr } = newsdoc(['missing.txt', 'samples/reuters-1987-acme-mills.txt', '--ndjson'])
    expect(code).toBe(1)
    expect(stdout.trim().split('\n')).toHaveLength(1)
    expect(stderr.split('\n')[0]).toBe('missing.txt: not_found: Expected an existing file, not a missing path')
    expect(stderr).not.toContain('    at ')
  })

  it('refuses a binary file with a clear message and exit 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsdoc-cli-'))
    const file = join(folder, 'image.txt')
    writeFileSync(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
    const { code, stderr } = newsdoc([file, '--quiet'])
    expect(code).toBe(1)
    expect(stderr).toBe(`${file}: binary_input: Expected a text file, not binary data (a NUL byte at offset 8)\n`)
  })

  it('refuses an empty file with the parser’s code', () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsdoc-cli-'))
    writeFileSync(join(folder, 'empty.txt'), '  \n')
    expect(newsdoc([join(folder, 'empty.txt'), '--quiet']).stderr).toBe(`${join(folder, 'empty.txt')}: empty_input: Expected article text, not only whitespace\n`)
  })

  it('exits 2 with the usage on a bad --to value or an unknown flag', () => {
    for (const args of [['samples', '--to', 'pdf'], ['samples', '--colour']]) {
      const { code, stderr } = newsdoc(args)
      expect(code).toBe(2)
      expect(stderr).toContain('Usage: newsdoc [options] <inputs...>')
      expect(stderr).not.toContain('    at ')
    }
    expect(newsdoc(['samples', '--to', 'pdf']).stderr.split('\n')[0]).toBe("error: option '--to <format>' argument 'pdf' is invalid. Allowed choices are json, html, markdown, ninjs, jsonld.")
  })

  it('exits 2 on an unknown time zone', () => {
    const { code, stderr } = newsdoc(['samples', '--time-zone', 'Mars/Olympus_Mons'])
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe('newsdoc: invalid_option: Expected `timeZone` to be an IANA time zone such as `Europe/Berlin`, not `Mars/Olympus_Mons`')
  })

  it('prints help and version', () => {
    expect(newsdoc(['--help'])).toMatchObject({ code: 0 })
    expect(newsdoc(['--help']).stdout).toContain('--ndjson')
    expect(newsdoc(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

const bbc = join(repository, '..', 'shared', 'corpus', 'bbc')
const corpusPresent = readdirSync(join(repository, '..')).includes('shared')
if (!corpusPresent) console.log('CLI corpus check skipped: ../shared/corpus/bbc is missing')

describe.skipIf(!corpusPresent)('newsdoc on the BBC corpus', () => {
  it('prints one valid Article per file as NDJSON and writes one HTML file per input', () => {
    const files = readdirSync(bbc, { recursive: true }).filter((name) => String(name).endsWith('.txt'))
    const { code, stdout } = newsdoc([bbc, '--ndjson', '--quiet'])
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines).toHaveLength(files.length)
    for (const line of lines) expect(Article.safeParse(JSON.parse(line)).success).toBe(true)
    const out = mkdtempSync(join(tmpdir(), 'newsdoc-cli-bbc-'))
    expect(newsdoc([bbc, '--to', 'html', '--out', out, '--jobs', '2', '--quiet']).code).toBe(0)
    expect(readdirSync(out, { recursive: true }).filter((name) => String(name).endsWith('.html'))).toHaveLength(files.length)
  })
})
