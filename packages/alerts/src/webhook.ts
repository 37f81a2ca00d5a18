// Posting an alert to a webhook: JSON (or a Slack-compatible body), signed with HMAC-SHA256 over
// "<timestamp>.<body>" when the rule has a secret. Any 2xx is success; the caller retries the rest.
//
// The URL is typed by a user, so the request goes through the fetcher's SSRF-guarded connector
// (`createGuardedAgent`): private, loopback, link-local and metadata addresses are refused at
// connect time, after DNS, for every resolved address, unless TIDEMARK_FETCH_ALLOW_HOSTS names the
// exact host:port. Redirects are not followed (a 3xx is a failed delivery), and only the first
// bytes of the answer are read and kept.
import { createHmac } from "node:crypto";
import { createGuardedAgent, effectivePort, FetchError } from "@tidemark/ingest/fetch";
import { type Agent, request } from "undici";
import { alertsEnv } from "./env.ts";
import { allowHostHint } from "./webhook-address.ts";

export const SIGNATURE_HEADER = "x-tidemark-signature";
export const TIMESTAMP_HEADER = "x-tidemark-timestamp";
export const DELIVERY_HEADER = "x-tidemark-delivery";
/** How much of a receiver's answer is read and recorded in the delivery history. */
export const ANSWER_BYTES = 200;

export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly response: string | null,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

const agents = new Map<string, Agent>();
/** One guarded agent per allow-list (the default one comes from TIDEMARK_FETCH_ALLOW_HOSTS). */
function agentFor(allowHosts: readonly string[] | undefined): Agent {
  const key = allowHosts ? allowHosts.join(",") : "(env)";
  let agent = agents.get(key);
  if (!agent) {
    agent = createGuardedAgent({
      ...(allowHosts ? { allowHosts } : {}),
      headersTimeoutMs: alertsEnv.ALERTS_WEBHOOK_TIMEOUT_MS,
    });
    agents.set(key, agent);
  }
  return agent;
}

export async function postWebhook(
  url: string,
  body: unknown,
  options: { secret: string | null; deliveryId: string; allowHosts?: readonly string[] | undefined },
): Promise<string> {
  const text = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "Tidemark-Alerts/1",
    [DELIVERY_HEADER]: options.deliveryId,
    [TIMESTAMP_HEADER]: timestamp,
  };
  if (options.secret) headers[SIGNATURE_HEADER] = signature(options.secret, timestamp, text);
  const signal = AbortSignal.timeout(alertsEnv.ALERTS_WEBHOOK_TIMEOUT_MS);
  let status: number;
  let answer: string;
  try {
    const response = await request(url, {
      method: "POST",
      headers,
      body: text,
      dispatcher: agentFor(options.allowHosts),
      signal,
    });
    status = response.statusCode;
    answer = await readStart(response.body, ANSWER_BYTES);
  } catch (error) {
    throw new DeliveryError(`webhook unreachable: ${reason(error, url)}`, null);
  }
  const summary = `HTTP ${status}${answer ? ` ${answer}` : ""}`;
  if (status < 200 || status > 299) throw new DeliveryError(`webhook answered ${summary}`, summary);
  return summary;
}

/** The first `limit` bytes of a body as text; the rest is discarded, never buffered. */
async function readStart(
  body: AsyncIterable<Buffer> & { destroy(): unknown },
  limit: number,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limit) break;
  }
  if (size >= limit) body.destroy();
  return Buffer.concat(chunks).subarray(0, limit).toString("utf8").trim();
}

function reason(error: unknown, url: string): string {
  if (!(error instanceof Error)) return String(error);
  // The guarded connector's FetchError says which address was refused and why; say what to do.
  const refused = [error, error.cause].find((e) => e instanceof FetchError && e.code === "blocked_address");
  if (refused instanceof FetchError) {
    const target = new URL(url);
    return `${refused.message} ${allowHostHint(`${target.hostname}:${effectivePort(target)}`)}`;
  }
  return error.message;
}
