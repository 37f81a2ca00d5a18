// A DNS lookup for net/tls.connect that only ever hands back vetted addresses. Because the socket
// connects to exactly what this returns, there is no gap between "checked" and "connected" for a
// DNS-rebinding attacker to slip a private address into.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import { checkAddress } from "./address-policy.ts";
import { blockedAddressError } from "./url-policy.ts";

type Resolve = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * If any resolved address is blocked the whole host is refused, not just that address: a public
 * name that also points inside the network is either misconfigured or an attack.
 */
export function createPinnedLookup(resolve: Resolve = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    // Node asks for all addresses when happy-eyeballs (autoSelectFamily) is on, else for one.
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(error, "", 0);
        return;
      }
      for (const entry of addresses) {
        const verdict = checkAddress(entry.address);
        if (!verdict.allowed) {
          callback(
            blockedAddressError(entry.address, `${verdict.reason} (${hostname} resolves to it)`),
            "",
            0,
          );
          return;
        }
      }
      const first = addresses[0];
      if (first === undefined) {
        const notFound: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
        notFound.code = "ENOTFOUND";
        callback(notFound, "", 0);
        return;
      }
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}
