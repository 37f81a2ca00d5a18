// Dates in URL paths: /2020/10/09/, /2020-10-09-, _20201009_. A year and month alone
// (/2020/10/slug) is not a day, so it is not used.
import { type DateParts, makeDay } from "./parts.ts";

const SEPARATED = /(?<!\d)((?:18|19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/;
const COMPACT = /(?<![\d])((?:18|19|20)\d{2})(\d{2})(\d{2})(?![\d])/;

export function urlDate(url: string | undefined): DateParts | null {
  if (url === undefined || !URL.canParse(url)) return null;
  const { pathname } = new URL(url);
  const separated = SEPARATED.exec(pathname);
  if (separated) {
    const parts = makeDay(Number(separated[1]), Number(separated[2]), Number(separated[3]));
    if (parts !== null) return parts;
  }
  // Compact dates only as a whole path segment part: long digit runs are usually ids.
  const compact = COMPACT.exec(pathname);
  return compact ? makeDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) : null;
}
