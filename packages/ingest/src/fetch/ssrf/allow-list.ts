// Exact host:port exceptions to the address rules (TIDEMARK_FETCH_ALLOW_HOSTS). Off by default;
// tests use it for 127.0.0.1 fixture servers, self-hosters for an intranet site they trust.
// Exact pairs, not hosts or ranges, so allowing one local service never opens the rest.

import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

const ENTRY = /^(\[[0-9a-f:.]+\]|[^\s:/[\]]+):(\d{1,5})$/i;

export class HostAllowList {
  readonly #entries: ReadonlySet<string>;

  /** Each entry is "host:port"; IPv6 hosts in brackets ("[::1]:8080"). Throws on malformed entries. */
  constructor(entries: readonly string[]) {
    const normalised = new Set<string>();
    for (const raw of entries) {
      const match = ENTRY.exec(raw.trim());
      const port = Number(match?.[2]);
      if (!match?.[1] || !Number.isInteger(port) || port < 1 || port > 65535) {
        throw new Error(`Invalid fetch allow-list entry "${raw}": expected host:port, e.g. 127.0.0.1:8080`);
      }
      normalised.add(key(match[1], port));
    }
    this.#entries = normalised;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** `host` as in a URL (IPv6 with or without brackets); `port` already defaulted (80/443). */
  allows(host: string, port: number): boolean {
    return this.#entries.size > 0 && this.#entries.has(key(host, port));
  }
}

function key(host: string, port: number): string {
  const bare = host.toLowerCase().replace(/^\[|\]$/g, "");
  // Normalise IP spellings so "[0:0::1]:80" in the config matches the URL's "[::1]:80".
  const canonical = isIP(bare) === 0 ? bare : ipaddr.parse(bare).toString();
  return `${canonical.includes(":") ? `[${canonical}]` : canonical}:${port}`;
}

/** The port a URL connects to, with the scheme's default filled in. */
export function effectivePort(url: URL): number {
  if (url.port !== "") return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}
