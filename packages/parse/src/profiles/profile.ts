/**
 * A publisher's or format's conventions, as data. The layout and metadata
 * stages read these; adding a publisher means adding one file like the ones
 * beside this, plus a fixture, never new control flow.
 */
export interface Profile {
  /** Stable name, accepted by `options.profile`. */
  name: string
  /** The publisher's usual name, or null for formats shared by many publishers. */
  publisher: string | null
  /** IANA zone that the publisher's date lines are written in, when it has one. */
  timeZone: string | null
  /**
   * Evidence that a text follows this profile: each pattern is tried on the
   * first and last lines; the profile with the highest total weight wins.
   */
  evidence: ReadonlyArray<{ pattern: RegExp; where: 'head' | 'tail' | 'any'; weight: number }>
  /** Lines that name the publisher (trailers and source lines), matched on the trimmed line. */
  publisherLines: readonly RegExp[]
  /** Whether the first line is the headline whatever it looks like. */
  headlineFirstLine: boolean
  /** Whether a date line may follow the headline (e.g. Global Times' `Published:`). */
  dateLabels: readonly string[]
  /**
   * Whether a trailing attribution in a paragraph's last sentence speaks for
   * the whole paragraph (`… . … , Wang said.`), as in Chinese state media.
   */
  attributionSpansParagraph: boolean
}
