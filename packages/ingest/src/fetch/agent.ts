// The undici Agent behind every fetch: all sockets come from the SSRF-guarded connector, and the
// connect/header/body-idle timeouts are set once here. Redirects are never followed by undici
// (v7 request() does not), so each hop goes back through our own checks.
import { Agent } from "undici";
import type { HostAllowList } from "./ssrf/allow-list.ts";
import { createGuardedConnector } from "./ssrf/guarded-connector.ts";

export interface AgentOptions {
  allowList: HostAllowList;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
}

export function createFetchAgent(options: AgentOptions): Agent {
  return new Agent({
    connect: createGuardedConnector({
      allowList: options.allowList,
      connectTimeoutMs: options.connectTimeoutMs,
    }),
    headersTimeout: options.headersTimeoutMs,
    bodyTimeout: options.headersTimeoutMs,
    // Keep idle sockets briefly: article batches often hit one site several times in a row.
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 30_000,
  });
}
