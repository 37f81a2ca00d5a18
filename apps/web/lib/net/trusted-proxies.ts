// Which peer addresses are reverse proxies we trust to tell us the client's address
// (TIDEMARK_TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, or the words "loopback"
// and "private"). With none trusted, the socket's address is the client and X-Forwarded-For is
// ignored, so a client cannot pick its own address.
import { BlockList, isIP } from "node:net";

const NAMED_RANGES: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

export class TrustedProxiesError extends Error {
  override name = "TrustedProxiesError";
}

export function parseTrustedProxies(setting: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (setting ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    for (const entry of NAMED_RANGES[raw.toLowerCase()] ?? [raw]) {
      const [address = "", prefix] = entry.split("/");
      const family = isIP(address);
      if (family === 0)
        throw new TrustedProxiesError(`TIDEMARK_TRUSTED_PROXIES: "${raw}" is not an address or range`);
      const type = family === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) list.addAddress(address, type);
      else {
        const bits = Number(prefix);
        if (!Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
          throw new TrustedProxiesError(`TIDEMARK_TRUSTED_PROXIES: "${raw}" has a bad prefix length`);
        }
        list.addSubnet(address, bits, type);
      }
    }
  }
  return list;
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) → "10.0.0.1". */
function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4
    ? trimmed.slice(7)
    : trimmed;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: starting from the socket, step left through X-Forwarded-For only while
 * the hop we are at is a trusted proxy. The first untrusted hop is the client.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trusted: BlockList,
): string {
  let client = normalize(socketAddress ?? "") || "unknown";
  const hops = (forwardedFor ?? "").split(",").map(normalize).filter(Boolean);
  while (isTrusted(trusted, client)) {
    const next = hops.pop();
    if (!next || isIP(next) === 0) break; // a garbled header: keep the last proxy we trust
    client = next;
  }
  return client;
}
