import { z } from 'zod'
import { Span } from './span.js'

/** How much a diagnostic matters. */
export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

/**
 * Something odd in the input that the parse worked around.
 *
 * @example
 * Diagnostic.parse({ code: 'invalid_utf8', severity: 'warning', message: 'Expected UTF-8, not byte `0xa3`', span: { start: 10, end: 11 } })
 */
export const Diagnostic = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  severity: Severity,
  message: z.string(),
  span: Span.nullable()
})

export type Diagnostic = z.infer<typeof Diagnostic>
