// Time-zone abbreviations that date lines write after the time, mapped to
// IANA zones. Abbreviations that name a fixed offset map to a fixed zone;
// the US ones map to the city zone whose daylight rule they belong to.

export const timeZoneAbbreviations: ReadonlyMap<string, string> = new Map([
  ['utc', 'UTC'],
  ['gmt', 'UTC'],
  ['z', 'UTC'],
  ['bst', 'Europe/London'],
  ['cet', 'Europe/Paris'],
  ['cest', 'Europe/Paris'],
  ['eet', 'Europe/Athens'],
  ['eest', 'Europe/Athens'],
  ['msk', 'Europe/Moscow'],
  ['ist', 'Asia/Kolkata'],
  ['bjt', 'Asia/Shanghai'],
  ['cst', 'America/Chicago'],
  ['cdt', 'America/Chicago'],
  ['est', 'America/New_York'],
  ['edt', 'America/New_York'],
  ['et', 'America/New_York'],
  ['mst', 'America/Denver'],
  ['mdt', 'America/Denver'],
  ['pst', 'America/Los_Angeles'],
  ['pdt', 'America/Los_Angeles'],
  ['pt', 'America/Los_Angeles'],
  ['jst', 'Asia/Tokyo'],
  ['kst', 'Asia/Seoul'],
  ['hkt', 'Asia/Hong_Kong'],
  ['sgt', 'Asia/Singapore'],
  ['aest', 'Australia/Sydney'],
  ['aedt', 'Australia/Sydney']
])
