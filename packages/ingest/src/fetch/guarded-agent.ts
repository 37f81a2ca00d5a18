// An undici Agent for any outgoing request that is not a page fetch (alert webhooks, for one):
// every socket goes through the same SSRF-guarded connector as the fetcher, so a URL a user typed
// can never reach a private, loopback or link-local address unless TIDEMARK_FETCH_ALLOW_HOSTS
// names that exact host:port.
import type { Agent } from "undici";
import { createFetchAgent } from "./agent.ts";
import { resolveFetcherConfig } from "./config.ts";
import { HostAllowList } from "./ssrf/allow-list.ts";

export interface GuardedAgentOptions {
  /** Exact host:port exceptions; defaults to TIDEMARK_FETCH_ALLOW_HOSTS. */
  allowHosts?: readonly string[];
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
}

export function createGuardedAgent(options: GuardedAgentOptions = {}): Agent {
  const config = resolveFetcherConfig({
    ...(options.allowHosts ? { allowHosts: options.allowHosts } : {}),
    ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
    ...(options.headersTimeoutMs ? { headersTimeoutMs: options.headersTimeoutMs } : {}),
  });
  return createFetchAgent({
    allowList: new HostAllowList(config.allowHosts),
    connectTimeoutMs: config.connectTimeoutMs,
    headersTimeoutMs: config.headersTimeoutMs,
  });
}
