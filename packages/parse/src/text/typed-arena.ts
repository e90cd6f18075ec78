// Small typed arrays carved out of shared chunks. A typed array of more than
// a few dozen bytes gets its own off-heap buffer, which costs about ten times
// what a view into an existing buffer does; a parse makes one such array per
// paragraph (`ParagraphView.data`), so they come from here. Every array handed out is fresh
// (zeroed, never reused): a chunk is only dropped, never recycled, and the
// garbage collector frees it once no array into it is left.

const chunkLength = 1 << 16

let chunk32 = new Uint32Array(0)
let used32 = 0

/**
 * A zeroed `Uint32Array` of `length` elements.
 *
 * @example
 * allocateUint32(3)
 * //=> Uint32Array [0, 0, 0]
 */
export function allocateUint32(length: number): Uint32Array {
  if (length > chunkLength >> 2) return new Uint32Array(length)
  if (used32 + length > chunk32.length) {
    chunk32 = new Uint32Array(chunkLength)
    used32 = 0
  }
  const array = chunk32.subarray(used32, used32 + length)
  used32 += length
  return array
}
