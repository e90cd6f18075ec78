// The worker-thread side of `--jobs N`: piscina calls `convertInWorker` with
// one task at a time.
import type { ConvertResult, ConvertTask } from './convert.js'
import { convert } from './convert.js'

/** Convert one task in a worker thread. */
export function convertInWorker(task: ConvertTask): Promise<ConvertResult> {
  return convert(task)
}
