const wallClock = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

// How far the zone's wall clock is ahead of UTC at an instant, in milliseconds.
const offsetAt = (clock: Intl.DateTimeFormat, instant: number) => {
  const parts = Object.fromEntries(clock.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
};

/**
 * The instant a calendar day (`YYYY-MM-DD`) begins in an IANA time zone, as ISO 8601; the
 * browser's own zone when none is given. Where a clock change skips midnight, the first instant
 * of the day that exists.
 */
export function startOfDay(date: string, timeZone: string | undefined): string {
  if (!timeZone) return new Date(`${date}T00:00:00`).toISOString();
  const clock = wallClock(timeZone);
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  // The offset at midnight is that of the instant itself, so one correction from a guess is refined once more.
  const guess = midnightUtc - offsetAt(clock, midnightUtc);
  const instant = midnightUtc - offsetAt(clock, guess);
  return new Date(Math.max(instant, guess)).toISOString();
}

/** The calendar day after `YYYY-MM-DD`. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
