// Retry-After (RFC 9110 §10.2.3) is either delay-seconds or an HTTP-date. Both become a delay in
// milliseconds; anything unparseable is ignored rather than guessed at.

/** Longest delay we accept from a server, so a typo like "99999999" cannot park a job for years. */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

export function parseRetryAfter(
  value: string | string[] | undefined,
  now: number = Date.now(),
): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === "") return undefined;
  let delayMs: number;
  if (/^\d+$/.test(text)) {
    delayMs = Number(text) * 1000;
  } else {
    // All three HTTP-date formats name the month; Date.parse alone also accepts junk like "-5".
    if (!/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/i.test(text)) return undefined;
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    delayMs = at - now;
  }
  return Math.min(Math.max(0, delayMs), MAX_RETRY_AFTER_MS);
}
