// The undici connector every Tidemark socket goes through, so no code path (page, redirect,
// robots.txt, a pooled keep-alive origin) can reach a blocked address:
//   - allow-listed host:port pairs connect normally;
//   - IP literals are judged directly (net.connect never calls lookup for them);
//   - hostnames resolve through the pinned lookup, which returns only vetted addresses;
//   - and the connected socket's peer address is checked once more before use.
import type { Socket } from "node:net";
import { buildConnector } from "undici";
import { checkAddress, isIpLiteral } from "./address-policy.ts";
import type { HostAllowList } from "./allow-list.ts";
import { createPinnedLookup } from "./pinned-lookup.ts";
import { blockedAddressError } from "./url-policy.ts";

export interface GuardedConnectorOptions {
  allowList: HostAllowList;
  connectTimeoutMs: number;
}

export function createGuardedConnector(options: GuardedConnectorOptions): buildConnector.connector {
  const { allowList, connectTimeoutMs } = options;
  const direct = buildConnector({ timeout: connectTimeoutMs });
  const pinned = buildConnector({ timeout: connectTimeoutMs, lookup: createPinnedLookup() });

  return (connectOptions, callback) => {
    const { hostname, protocol } = connectOptions;
    const port = Number(connectOptions.port) || (protocol === "https:" ? 443 : 80);
    if (allowList.allows(hostname, port)) {
      direct(connectOptions, callback);
      return;
    }
    if (isIpLiteral(hostname)) {
      const verdict = checkAddress(hostname);
      if (!verdict.allowed) {
        callback(blockedAddressError(verdict.address, verdict.reason), null);
        return;
      }
      direct(connectOptions, verifyPeer(callback));
      return;
    }
    pinned(connectOptions, verifyPeer(callback));
  };
}

/** Defence in depth: whatever resolved, refuse a socket whose peer is not a public address. */
function verifyPeer(callback: buildConnector.Callback): buildConnector.Callback {
  return (...args) => {
    const [error, socket] = args;
    if (error !== null) {
      callback(error, null);
      return;
    }
    const peer = (socket as Socket).remoteAddress;
    const verdict = peer === undefined ? undefined : checkAddress(peer);
    if (verdict === undefined || !verdict.allowed) {
      socket.destroy();
      callback(blockedAddressError(peer ?? "(unknown)", verdict?.reason ?? "not a connected address"), null);
      return;
    }
    callback(null, socket);
  };
}
