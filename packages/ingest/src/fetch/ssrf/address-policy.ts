// Which IP addresses Tidemark may connect to. Deliberately an allow-list of "ordinary public
// unicast" rather than a list of bad ranges: anything ipaddr.js does not classify as plain unicast
// (loopback, RFC 1918, link-local, CGNAT, multicast, documentation, benchmarking, 6to4, Teredo,
// ORCHID, ...) is refused, so a range we forgot to list fails closed.
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

export type AddressVerdict =
  | { allowed: true; address: string }
  | { allowed: false; address: string; reason: string };

/**
 * Cloud instance-metadata endpoints. They already fall in blocked ranges; naming them gives a
 * clearer message and keeps them blocked even if the range rules are ever relaxed.
 */
const METADATA_ADDRESSES: ReadonlySet<string> = new Set([
  "169.254.169.254", // AWS, GCP, Azure, OpenStack, DigitalOcean, Oracle
  "169.254.170.2", // AWS ECS task metadata
  "169.254.169.123", // AWS time sync
  "100.100.100.200", // Alibaba Cloud
  "fd00:ec2::254", // AWS IMDS over IPv6
  "fd00:ec2::23", // AWS DNS over IPv6
]);

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");
/** IPv4-compatible addresses (::a.b.c.d), deprecated by RFC 4291; also covers :: and ::1. */
const IPV4_COMPATIBLE_V6 = ipaddr.IPv6.parseCIDR("::/96");
/** RFC 6052 well-known NAT64 prefix: the last 32 bits are a real IPv4 destination. */
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR("64:ff9b::/96");

function checkIPv4(ip: ipaddr.IPv4, shown: string): AddressVerdict {
  const range = ip.range();
  if (range !== "unicast") return { allowed: false, address: shown, reason: describeRange(range) };
  return { allowed: true, address: shown };
}

function checkIPv6(ip: ipaddr.IPv6, shown: string): AddressVerdict {
  // ::ffff:a.b.c.d reaches the IPv4 host a.b.c.d, so judge that host.
  if (ip.isIPv4MappedAddress()) return relabel(checkIPv4(ip.toIPv4Address(), shown), "IPv4-mapped");
  if (ip.match(IPV4_COMPATIBLE_V6)) {
    return { allowed: false, address: shown, reason: "an IPv4-compatible or unspecified IPv6 address" };
  }
  // NAT64 is how IPv6-only hosts reach public IPv4 sites, so allow it when the embedded IPv4
  // address is itself public; 64:ff9b:1::/48 (local-use NAT64) stays blocked by the rule below.
  if (ip.match(NAT64_WELL_KNOWN)) {
    const bytes = ip.toByteArray().slice(12);
    return relabel(checkIPv4(new ipaddr.IPv4(bytes), shown), "NAT64");
  }
  const range = ip.range();
  if (range !== "unicast") return { allowed: false, address: shown, reason: describeRange(range) };
  // ipaddr.js calls unassigned space "unicast" too; only 2000::/3 is allocated for global unicast.
  if (!ip.match(GLOBAL_UNICAST_V6))
    return { allowed: false, address: shown, reason: "unassigned IPv6 space" };
  return { allowed: true, address: shown };
}

/** Judges one IP address string (IPv4, IPv6, with or without brackets or a zone id). */
export function checkAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return { allowed: false, address, reason: "not a valid IP address" };
  const parsed = ipaddr.parse(bare);
  const normalised = parsed.toNormalizedString();
  if (METADATA_ADDRESSES.has(parsed.toString()) || METADATA_ADDRESSES.has(normalised)) {
    return { allowed: false, address: bare, reason: "a cloud metadata endpoint" };
  }
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress() && METADATA_ADDRESSES.has(v6.toIPv4Address().toString())) {
      return { allowed: false, address: bare, reason: "a cloud metadata endpoint" };
    }
    return checkIPv6(v6, bare);
  }
  return checkIPv4(parsed as ipaddr.IPv4, bare);
}

/** True when `host` is an IP literal (URL hostnames keep IPv6 brackets). */
export function isIpLiteral(host: string): boolean {
  return isIP(host.replace(/^\[|\]$/g, "")) !== 0;
}

function relabel(verdict: AddressVerdict, via: string): AddressVerdict {
  return verdict.allowed ? verdict : { ...verdict, reason: `${verdict.reason} (${via})` };
}

const RANGE_DESCRIPTIONS: Record<string, string> = {
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address",
  loopback: "a loopback address",
  carrierGradeNat: "a carrier-grade NAT address",
  private: "a private network address",
  uniqueLocal: "a private network address",
  deprecatedSiteLocal: "a site-local address",
  reserved: "a reserved address",
};

function describeRange(range: string): string {
  return RANGE_DESCRIPTIONS[range] ?? `a special-purpose address (${range})`;
}
