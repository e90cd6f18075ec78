import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'

const folder = new URL('./results/', import.meta.url)
const file = new URL('latest.json', folder)

/** The machine the figures come from. */
export const machine = { node: process.version, platform: `${process.platform} ${process.arch}`, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30) }

/**
 * Record one section of results in `bench/results/latest.json`, keeping the
 * other sections (each benchmark script writes its own), with the date and
 * machine.
 */
export function recordResults(section: string, rows: unknown): void {
  mkdirSync(folder, { recursive: true })
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  const next = { ...previous, date: new Date().toISOString(), machine, [section]: rows }
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`)
}

/** Mean seconds of a finished tinybench task. */
export function seconds(task: { result?: unknown }): number {
  return (task.result as { latency: { mean: number } }).latency.mean / 1000
}

/** A number rounded to `digits` decimals, for tables. */
export const round = (value: number, digits = 1): number => Number(value.toFixed(digits))
