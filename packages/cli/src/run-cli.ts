import { once } from 'node:events'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { NewsdocError } from '@newsdoc/core/helpers'
import type { ParseOptions } from '@newsdoc/parse'
import { parseArticle, profileNames } from '@newsdoc/parse'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import type { ConvertResult, ConvertTask } from './convert.js'
import { convert } from './convert.js'
import type { OutputFormat } from './formats.js'
import { extensions, outputFormats } from './formats.js'
import type { Input } from './inputs.js'
import { collectInputs } from './inputs.js'

/** Where the command reads and writes; the real process streams by default. */
export interface CliIo {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  stdin: NodeJS.ReadableStream
  cwd: string
}

interface Flags {
  to: OutputFormat
  out?: string
  ndjson?: boolean
  jobs: number
  timeZone?: string
  profile?: string
  quiet?: boolean
}

const progressThreshold = 20

function jobsValue(value: string): number {
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new InvalidArgumentError('Expected a whole number from 1 to 256.')
  return jobs
}

function packageVersion(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version
  } catch {
    return '0.0.0'
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return new Uint8Array(Buffer.concat(chunks))
}

function program(io: CliIo): Command {
  return new Command()
    .name('newsdoc')
    .description('Parse news article text into a typed Article (headline, dates, byline, captions, paragraphs, statements, participants) and render it.')
    .version(packageVersion(), '-v, --version')
    .argument('<inputs...>', 'text files, folders (their .txt files), globs, or - for stdin')
    .addOption(new Option('--to <format>', 'output format').choices(outputFormats).default('json'))
    .option('--out <dir>', 'write one file per input into this folder (same relative path, new extension)')
    .option('--ndjson', 'write one JSON Article per line to stdout, in input order')
    .option('--jobs <n>', 'parse in this many worker threads', jobsValue, availableParallelism())
    .option('--time-zone <zone>', 'IANA time zone for dates that state none (e.g. Europe/Berlin)')
    .addOption(new Option('--profile <name>', 'publisher profile instead of choosing by evidence').choices(profileNames))
    .option('--quiet', 'no progress bar and no summary')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
}

/**
 * Run the `newsdoc` command with `argv` (without `node` and the script) and
 * resolve to its exit code: 0 when every input succeeded, 1 when some
 * failed (each reported as `path: code: message`), 2 on a usage error.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2))
 */
export async function runCli(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() }): Promise<number> {
  const command = program(io)
  let flags: Flags
  let patterns: string[]
  try {
    command.parse([...argv], { from: 'user' })
    flags = command.opts<Flags>()
    patterns = command.args
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      io.stderr.write(`\n${command.helpInformation()}`)
      return 2
    }
    throw error
  }

  const options: ParseOptions = {}
  if (flags.timeZone !== undefined) options.timeZone = flags.timeZone
  if (flags.profile !== undefined) options.profile = flags.profile
  try {
    parseArticle('newsdoc', options)
  } catch (error) {
    if (NewsdocError.isInstance(error)) {
      io.stderr.write(`newsdoc: ${error.code}: ${error.message}\n\n${command.helpInformation()}`)
      return 2
    }
    throw error
  }

  const inputs = await collectInputs(patterns, io.cwd)
  const started = performance.now()
  const stdinBytes = inputs.some((input) => input.path === null) ? await readAll(io.stdin) : null
  const task = (input: Input): ConvertTask => ({
    path: input.path,
    ...(input.path === null && stdinBytes ? { bytes: stdinBytes } : {}),
    format: flags.to,
    ndjson: flags.ndjson === true,
    options,
    ...(flags.out !== undefined && !flags.ndjson ? { outputPath: outputPathOf(input, flags, io) } : {})
  })

  // The pool and the progress bar are loaded only when used: a single file starts faster without them.
  // Each worker holds a second batch while it parses one, so that it never
  // waits for the main thread to send the next. `stricterFIFO` makes the
  // pool hand out batches in order: by default a batch that finds every
  // worker busy goes back to the end of the queue, so results came back in
  // a shuffled order and piled up in memory until the one to write next.
  const pool =
    flags.jobs > 1 && inputs.length > 1
      ? new (await import('piscina')).Piscina({
          filename: new URL('./worker.js', import.meta.url).href,
          maxThreads: flags.jobs,
          minThreads: Math.min(flags.jobs, inputs.length),
          concurrentTasksPerWorker: 2,
          stricterFIFO: true
        })
      : null
  // Workers take inputs in small batches: one message per batch keeps the
  // per-file cost of passing tasks and results between threads low. A few
  // batches per worker are in flight at a time, and a batch is let go once
  // written, so memory stays bounded however many inputs there are.
  const batchSize = pool ? Math.max(1, Math.min(32, Math.ceil(inputs.length / (flags.jobs * 8)))) : 1
  const batchCount = Math.ceil(inputs.length / batchSize)
  const batchesAhead = 4 * flags.jobs
  const batches: Array<Promise<ConvertResult[]> | null> = []
  const submit = (batch: number): void => {
    if (pool && batch < batchCount) batches[batch] = pool.run(inputs.slice(batch * batchSize, (batch + 1) * batchSize).map(task), { name: 'convertBatch' }) as Promise<ConvertResult[]>
  }
  for (let batch = 0; batch < batchesAhead; batch++) submit(batch)
  const resultOf = async (index: number): Promise<ConvertResult> => {
    if (!pool) return convert(task(inputs[index]!))
    const batch = Math.floor(index / batchSize)
    const results = await batches[batch]!
    if (index % batchSize === results.length - 1) {
      batches[batch] = null
      submit(batch + batchesAhead)
    }
    return results[index % batchSize]!
  }

  const showProgress = !flags.quiet && io.stderr.isTTY === true && inputs.length >= progressThreshold
  const progress = showProgress ? await import('cli-progress') : null
  const bar = progress ? new progress.SingleBar({ stream: io.stderr, format: 'newsdoc {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}', hideCursor: true, etaBuffer: 200 }, progress.Presets.shades_classic) : null
  bar?.start(inputs.length, 0, { rate: '0' })

  let failures = 0
  let bytes = 0
  try {
    // Results are written in input order.
    for (const [index, input] of inputs.entries()) {
      const result = await resultOf(index)
      bytes += result.bytes
      // A slow reader (a pipe) makes the command wait rather than buffer the outputs.
      if (result.ok) {
        if (!io.stdout.write(result.output)) await once(io.stdout, 'drain')
      } else {
        failures++
        bar?.stop()
        io.stderr.write(`${input.label}: ${result.code}: ${result.message}\n`)
        if (bar) bar.start(inputs.length, index + 1)
      }
      const seconds = (performance.now() - started) / 1000
      bar?.update(index + 1, { rate: ((index + 1) / Math.max(seconds, 0.001)).toFixed(0) })
    }
  } finally {
    bar?.stop()
    await pool?.destroy()
  }
  if (!flags.quiet) {
    const seconds = (performance.now() - started) / 1000
    io.stderr.write(`newsdoc: ${inputs.length} file${inputs.length === 1 ? '' : 's'}, ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s, ${failures} failed\n`)
  }
  return failures > 0 ? 1 : 0
}

function outputPathOf(input: Input, flags: Flags, io: CliIo): string {
  const relativePath = input.relativePath.slice(0, input.relativePath.length - extname(input.relativePath).length) + extensions[flags.to]
  return join(resolve(io.cwd, flags.out!), relativePath)
}
