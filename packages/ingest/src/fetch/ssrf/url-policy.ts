// The checks every URL passes before we spend a politeness slot or a robots lookup on it: the
// first URL and every redirect target. IP literals are judged here because the socket layer never
// resolves them; hostnames are judged at connect time (see guarded-connector.ts).
import { FetchError } from "../errors.ts";
import { checkAddress, isIpLiteral } from "./address-policy.ts";
import type { HostAllowList } from "./allow-list.ts";
import { effectivePort } from "./allow-list.ts";

export function parseFetchUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch (error) {
    throw new FetchError("invalid_url", `"${String(input)}" is not a valid web address.`, { cause: error });
  }
  return url;
}

/** Throws `unsupported_scheme`, `invalid_url` or `blocked_address`; returns the URL otherwise. */
export function assertFetchableUrl(url: URL, allowList: HostAllowList): URL {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchError(
      "unsupported_scheme",
      `Only http and https addresses can be fetched, not ${url.protocol.replace(/:$/, "")}.`,
      { url: url.href },
    );
  }
  if (url.hostname === "")
    throw new FetchError("invalid_url", "The address has no host name.", { url: url.href });
  if (url.username !== "" || url.password !== "") {
    // Credentials in a crawled URL are almost always a trap or a leak; never send them.
    throw new FetchError("invalid_url", "Addresses with a user name or password are not fetched.", {
      url: url.href,
    });
  }
  if (allowList.allows(url.hostname, effectivePort(url))) return url;
  if (isIpLiteral(url.hostname)) {
    const verdict = checkAddress(url.hostname);
    if (!verdict.allowed) throw blockedAddressError(verdict.address, verdict.reason, url.href);
  }
  return url;
}

export function blockedAddressError(address: string, reason: string, url?: string): FetchError {
  return new FetchError(
    "blocked_address",
    `The address ${address} is ${reason}; Tidemark only fetches from the public internet.`,
    { url },
  );
}
