import { associatedPress } from './associated-press.js'
import { bbc } from './bbc.js'
import { cnn } from './cnn.js'
import { generic } from './generic.js'
import { globalTimes } from './global-times.js'
import type { Profile } from './profile.js'
import { reuters, reutersWire1987 } from './reuters.js'
import { xinhua } from './xinhua.js'

export type { Profile } from './profile.js'

/** Every profile, most specific first; `generic` is the fallback. */
export const profiles: readonly Profile[] = [globalTimes, reutersWire1987, reuters, associatedPress, xinhua, bbc, cnn, generic]

/** The names `options.profile` accepts. */
export const profileNames: readonly string[] = profiles.map((profile) => profile.name)

export { generic as genericProfile }
