// Whether a webhook URL can be delivered to, judged when a rule is saved so the form can say so at
// once: an IP literal or a localhost name that the SSRF guard would refuse (private, loopback,
// link-local, metadata) is an error unless TIDEMARK_FETCH_ALLOW_HOSTS names its exact host:port.
// Host names that resolve to such addresses can only be caught at connect time; the test send and
// the history then carry the same explanation (see webhook.ts).
import {
  assertFetchableUrl,
  effectivePort,
  FetchError,
  HostAllowList,
  resolveFetcherConfig,
} from "@tidemark/ingest/fetch";
import { z } from "zod";

/** What a user can do about a refused receiver on their own network. */
export function allowHostHint(hostPort: string): string {
  return `To send to a receiver on your own network, add "${hostPort}" to TIDEMARK_FETCH_ALLOW_HOSTS.`;
}

function hostPortOf(url: URL): string {
  return `${url.hostname}:${effectivePort(url)}`;
}

/** A sentence saying why the SSRF guard will refuse this webhook URL, or null if it may be tried. */
export function webhookUrlProblem(
  webhookUrl: string,
  allowHosts: readonly string[] = resolveFetcherConfig().allowHosts,
): string | null {
  let url: URL;
  try {
    url = new URL(webhookUrl);
  } catch {
    return null; // the schema reports malformed URLs
  }
  const allowList = new HostAllowList(allowHosts);
  if (allowList.allows(url.hostname, effectivePort(url))) return null;
  const host = url.hostname.toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost"))
    return `The address ${url.hostname} is a loopback name; Tidemark only fetches from the public internet. ${allowHostHint(hostPortOf(url))}`;
  try {
    assertFetchableUrl(url, allowList);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const hint = error.code === "blocked_address" ? ` ${allowHostHint(hostPortOf(url))}` : "";
    return `${error.message}${hint}`;
  }
  return null;
}

/** The same, as a validation error on the `webhookUrl` field (null when there is nothing to say). */
export function checkWebhookAddress(
  webhookUrl: string | null | undefined,
  allowHosts?: readonly string[],
): z.ZodError | null {
  if (!webhookUrl) return null;
  const problem = webhookUrlProblem(webhookUrl, allowHosts);
  if (!problem) return null;
  return new z.ZodError([{ code: "custom", path: ["webhookUrl"], message: problem, input: webhookUrl }]);
}
