import { existsSync, readFileSync } from 'node:fs'
import { sharedFolder } from './support.js'

// Hostile strings for the renderers: a few of our own, so the suite stands
// without ../shared, plus the Big List of Naughty Strings and the XSS sample
// from ../shared/adversarial when present.
const adversarial = new URL('adversarial/', sharedFolder)
const present = existsSync(adversarial)
if (!present) console.log('shared payloads skipped: ../shared/adversarial is missing')

const ownPayloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</script><script>alert(1)</script>',
  '&lt;b&gt;not bold&lt;/b&gt;',
  '[click](javascript:alert(1))',
  '![x](https://example.invalid/x.png)',
  '<https://example.invalid>',
  '[a]: https://example.invalid',
  '# not a heading',
  '* not a list',
  '| not | a | table |',
  '`code`',
  '***',
  '\u2028edge\u3000',
  'line\nbreak',
  '\u0000nul',
  '\ud800 lone surrogate'
]

/** Every non-empty payload, each once. */
export function readPayloads(): string[] {
  const shared: string[] = []
  if (present) {
    shared.push(...(JSON.parse(readFileSync(new URL('blns.json', adversarial), 'utf8')) as string[]))
    shared.push(...(JSON.parse(readFileSync(new URL('xss-sample.json', adversarial), 'utf8')) as { payloads: Array<{ payload: string }> }).payloads.map((item) => item.payload))
  }
  return [...new Set([...ownPayloads, ...shared])].filter((payload) => payload.length > 0)
}
