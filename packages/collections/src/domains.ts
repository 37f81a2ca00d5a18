// Outlets as people paste them: "nytimes.com", "https://www.bbc.co.uk/news", "apnews.com, reuters.com".
// Each becomes the host key sources are stored under (lowercase, without "www."), or an error line.
import { sourceDomainOf } from "@tidemark/ingest/url";

export interface ParsedDomains {
  /** Host keys, in order, each once. */
  domains: string[];
  /** Entries that are not a web address or host name, with their line. */
  invalid: { line: number; value: string }[];
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** One entry (a URL or a bare host) as a source key, or null. */
export function domainOf(entry: string): string | null {
  const value = entry.trim();
  if (!value) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  const domain = sourceDomainOf(withScheme);
  return domain && HOST.test(domain) ? domain : null;
}

/** A pasted list: one entry per line, or separated by commas, semicolons or spaces. */
export function parseDomainList(text: string): ParsedDomains {
  const domains: string[] = [];
  const seen = new Set<string>();
  const invalid: ParsedDomains["invalid"] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    // A line starting with # is a comment.
    if (line.trim().startsWith("#")) return;
    for (const value of line.split(/[,;\s]+/)) {
      if (!value.trim()) continue;
      const domain = domainOf(value);
      if (!domain) invalid.push({ line: index + 1, value: value.trim() });
      else if (!seen.has(domain)) {
        seen.add(domain);
        domains.push(domain);
      }
    }
  });
  return { domains, invalid };
}
