// Posting an alert to a webhook: JSON (or a Slack-compatible body), signed with HMAC-SHA256 over
// "<timestamp>.<body>" when the rule has a secret. Any 2xx is success; the caller retries the rest.
import { createHmac } from "node:crypto";
import { alertsEnv } from "./env.ts";

export const SIGNATURE_HEADER = "x-tidemark-signature";
export const TIMESTAMP_HEADER = "x-tidemark-timestamp";
export const DELIVERY_HEADER = "x-tidemark-delivery";

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

export async function postWebhook(
  url: string,
  body: unknown,
  options: { secret: string | null; deliveryId: string },
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
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers,
      body: text,
      redirect: "manual",
      signal: AbortSignal.timeout(alertsEnv.ALERTS_WEBHOOK_TIMEOUT_MS),
    });
  } catch (error) {
    throw new DeliveryError(
      `webhook unreachable: ${error instanceof Error ? error.message : String(error)}`,
      null,
    );
  }
  // The body is read (and capped) so the connection is released; only its start is kept.
  const answer = (await response.text().catch(() => "")).slice(0, 200);
  const summary = `HTTP ${response.status}${answer ? ` ${answer}` : ""}`;
  if (!response.ok) throw new DeliveryError(`webhook answered ${summary}`, summary);
  return summary;
}
