import type { DatePrecision } from '@newsdoc/core'

// The date shapes that date lines use, as date-fns `parse` formats, tried in
// order on the text after normalization (weekday, `at`, zone and the dot of
// `Sept.` removed). `precision` is what the shape states.

export const dateFormats: ReadonlyArray<{ format: string; precision: DatePrecision }> = [
  { format: 'MMM d, yyyy h:mm:ss a', precision: 'second' },
  { format: 'MMM d, yyyy h:mm a', precision: 'minute' },
  { format: 'MMM d, yyyy, h:mm a', precision: 'minute' },
  // AP style writes the hour alone: `Sept. 21, 2023, 3 p.m.`
  { format: 'MMM d, yyyy h a', precision: 'minute' },
  { format: 'MMM d, yyyy, h a', precision: 'minute' },
  { format: 'MMM d, yyyy HH:mm:ss', precision: 'second' },
  { format: 'MMM d, yyyy HH:mm', precision: 'minute' },
  { format: 'MMM d, yyyy, HH:mm', precision: 'minute' },
  { format: 'MMM d, yyyy', precision: 'day' },
  { format: 'MMMM d, yyyy h:mm:ss a', precision: 'second' },
  { format: 'MMMM d, yyyy h:mm a', precision: 'minute' },
  { format: 'MMMM d, yyyy, h:mm a', precision: 'minute' },
  { format: 'MMMM d, yyyy h a', precision: 'minute' },
  { format: 'MMMM d, yyyy, h a', precision: 'minute' },
  { format: 'MMMM d, yyyy HH:mm', precision: 'minute' },
  { format: 'MMMM d, yyyy, HH:mm', precision: 'minute' },
  { format: 'MMMM d, yyyy', precision: 'day' },
  { format: 'd MMMM yyyy HH:mm:ss', precision: 'second' },
  { format: 'd MMMM yyyy HH:mm', precision: 'minute' },
  { format: 'd MMMM yyyy, HH:mm', precision: 'minute' },
  { format: 'd MMMM yyyy h:mm a', precision: 'minute' },
  { format: 'd MMMM yyyy', precision: 'day' },
  { format: 'd MMM yyyy HH:mm', precision: 'minute' },
  { format: 'd MMM yyyy, HH:mm', precision: 'minute' },
  { format: 'd MMM yyyy h:mm a', precision: 'minute' },
  { format: 'd MMM yyyy', precision: 'day' },
  { format: "yyyy-MM-dd'T'HH:mm:ss", precision: 'second' },
  { format: "yyyy-MM-dd'T'HH:mm", precision: 'minute' },
  { format: 'yyyy-MM-dd HH:mm:ss', precision: 'second' },
  { format: 'yyyy-MM-dd HH:mm', precision: 'minute' },
  { format: 'yyyy-MM-dd', precision: 'day' },
  { format: 'yyyy/MM/dd HH:mm', precision: 'minute' },
  { format: 'yyyy/MM/dd', precision: 'day' },
  { format: 'MM/dd/yyyy h:mm a', precision: 'minute' },
  { format: 'MM/dd/yyyy', precision: 'day' },
  { format: 'h:mm a MMM d, yyyy', precision: 'minute' },
  { format: 'h:mm a MMMM d, yyyy', precision: 'minute' },
  { format: 'HH:mm MMM d, yyyy', precision: 'minute' },
  { format: 'HH:mm d MMMM yyyy', precision: 'minute' },
  { format: 'MMMM yyyy', precision: 'month' },
  { format: 'MMM yyyy', precision: 'month' }
]
