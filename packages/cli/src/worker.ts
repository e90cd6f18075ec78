// The worker-thread side of `--jobs N`: piscina calls `convertBatch` with a
// few inputs at a time (one message per batch rather than per file).
import type { ConvertResult, ConvertTask } from './convert.js'
import { convert } from './convert.js'

/** Convert a batch of tasks in a worker thread, in order. */
export async function convertBatch(tasks: readonly ConvertTask[]): Promise<ConvertResult[]> {
  const results: ConvertResult[] = []
  for (const task of tasks) results.push(await convert(task))
  return results
}
