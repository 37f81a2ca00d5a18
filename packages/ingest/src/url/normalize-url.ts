// The dedupe key for an article URL. Two URLs that differ only in ways that never change the page
// (scheme/host case, default port, fragment, tracking parameters) normalize to the same string.
// Everything else, including parameter order and trailing slashes, is kept: some sites serve
// different pages for those, and a missed dedupe is cheaper than merging two articles.
import { isTrackingParam } from "./tracking-params.ts";

export type NormalizedUrl = { ok: true; url: string } | { ok: false; reason: string };

const MAX_URL_LENGTH = 4096;

export function normalizeUrl(input: string): NormalizedUrl {
  const raw = input.trim();
  if (raw === "") return { ok: false, reason: "The URL is empty." };
  if (raw.length > MAX_URL_LENGTH)
    return { ok: false, reason: `The URL is longer than ${MAX_URL_LENGTH} characters.` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return {
      ok: false,
      reason: "This is not a valid absolute URL (expected something like https://example.com/story).",
    };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      ok: false,
      reason: `Only http and https URLs can be fetched, not ${url.protocol.replace(/:$/, "")}.`,
    };
  }
  if (!url.hostname) return { ok: false, reason: "The URL has no host name." };
  if (url.username || url.password) {
    return { ok: false, reason: "URLs with a user name or password in them are not accepted." };
  }
  // WHATWG URL already lowercases scheme and host, drops default ports and normalizes
  // percent-encoding and IP literals; we drop the fragment and tracking parameters.
  url.hash = "";
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  if (kept.length !== [...url.searchParams].length) {
    url.search = kept.length ? new URLSearchParams(kept).toString() : "";
  }
  let out = url.toString();
  if (out.endsWith("?")) out = out.slice(0, -1);
  return { ok: true, url: out };
}

/** The host used to group articles into sources: lowercase, without a leading "www.". */
export function sourceDomainOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    const domain = host.startsWith("www.") ? host.slice(4) : host;
    return domain || null;
  } catch {
    return null;
  }
}
