// Fetches one page: follows redirects by hand so every hop is re-checked (scheme, SSRF, robots,
// politeness), turns HTTP statuses into FetchErrors, refuses unwanted content types before reading
// the body, and decodes the capped body into text.
import { gunzipLimited, readLimitedBody, tooLarge } from "./body-limit.ts";
import { decodeBody } from "./charset.ts";
import type { FetcherConfig } from "./config.ts";
import {
  acceptHeader,
  GZIP_CONTENT_TYPES,
  HTML_CONTENT_TYPES,
  isAllowedMediaType,
  looksLikeHtml,
  parseContentType,
} from "./content-type.ts";
import { FetchError, httpStatusError } from "./errors.ts";
import { type ExchangeContext, type ExchangeResponse, httpExchange } from "./http-exchange.ts";
import { isRedirectStatus, redirectTarget } from "./redirect.ts";
import { parseRetryAfter } from "./retry-after.ts";
import type { RobotsGate } from "./robots.ts";
import type { HostAllowList } from "./ssrf/allow-list.ts";
import { assertFetchableUrl, parseFetchUrl } from "./ssrf/url-policy.ts";
import type { FetchedPage, FetchPageOptions } from "./types.ts";

export interface PageFetchContext {
  config: FetcherConfig;
  exchange: ExchangeContext;
  allowList: HostAllowList;
  /** null when robots.txt is not honoured. */
  robots: RobotsGate | null;
}

type HopOutcome =
  | { kind: "redirect"; location: URL }
  | {
      kind: "page";
      page: Omit<
        FetchedPage,
        "requestedUrl" | "finalUrl" | "redirects" | "fetchedAt" | "durationMs" | "waitMs"
      >;
    };

export async function fetchPage(
  context: PageFetchContext,
  input: string | URL,
  options: FetchPageOptions = {},
): Promise<FetchedPage> {
  const fetchedAt = new Date();
  const started = performance.now();
  const requestedUrl = parseFetchUrl(input);
  const redirects: string[] = [];
  const timing = { waitMs: 0 };
  let url = requestedUrl;
  for (;;) {
    assertFetchableUrl(url, context.allowList);
    const robots = context.robots ? await context.robots.check(url, options.signal) : undefined;
    const hop = url;
    const outcome = await httpExchange(
      context.exchange,
      {
        url: hop,
        headers: requestHeaders(context.config, options),
        gapMs: robots?.crawlDelayMs,
        signal: options.signal,
        timing,
      },
      (response) => handleResponse(response, hop, context.config, options),
    );
    if (outcome.kind === "page") {
      return {
        ...outcome.page,
        requestedUrl: requestedUrl.href,
        finalUrl: url.href,
        redirects,
        fetchedAt,
        durationMs: Math.round(performance.now() - started),
        waitMs: Math.round(timing.waitMs),
      };
    }
    if (redirects.length >= context.config.maxRedirects) {
      throw new FetchError(
        "too_many_redirects",
        `The page redirected more than ${context.config.maxRedirects} times.`,
        { url: url.href },
      );
    }
    redirects.push(outcome.location.href);
    url = outcome.location;
  }
}

function requestHeaders(config: FetcherConfig, options: FetchPageOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": config.userAgent,
    accept: acceptHeader(options.allowedContentTypes ?? HTML_CONTENT_TYPES),
    // No zstd: Node 20's zlib cannot decode it.
    "accept-encoding": "gzip, deflate, br",
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  return headers;
}

async function handleResponse(
  response: ExchangeResponse,
  url: URL,
  config: FetcherConfig,
  options: FetchPageOptions,
): Promise<HopOutcome> {
  const { statusCode: status, headers } = response;
  if (isRedirectStatus(status)) {
    const location = redirectTarget(headers, url);
    if (!location) {
      throw new FetchError(
        "invalid_redirect",
        `The server answered ${status} but gave no valid address to go to.`,
        {
          url: url.href,
          status,
        },
      );
    }
    return { kind: "redirect", location };
  }
  const etag = single(headers.etag);
  const lastModified = single(headers["last-modified"]);
  if (status === 304) {
    const page = {
      status,
      contentType: null,
      charset: null,
      charsetSource: null,
      body: "",
      byteLength: 0,
      etag: etag ?? options.etag ?? null,
      lastModified: lastModified ?? options.lastModified ?? null,
      notModified: true,
    };
    return { kind: "page", page };
  }
  if (status < 200 || status >= 300) {
    throw httpStatusError(status, response.statusText, {
      retryAfterMs: parseRetryAfter(headers["retry-after"]),
      url: url.href,
    });
  }

  const allowed = options.allowedContentTypes ?? HTML_CONTENT_TYPES;
  const declared = parseContentType(headers["content-type"]);
  // Refuse before reading: a PDF or video should not cost us its download.
  if (declared && !isAllowedMediaType(declared.mediaType, allowed))
    throw unsupportedType(declared.mediaType, allowed, url);

  const maxBytes = options.maxBytes ?? config.maxBytes;
  const declaredLength = Number(single(headers["content-length"]));
  if (!single(headers["content-encoding"]) && Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    throw tooLarge(maxBytes, url.href);
  }
  let { bytes } = await readLimitedBody(response.body, {
    contentEncoding: single(headers["content-encoding"]),
    maxBytes,
    onLimit: "error",
    url: url.href,
  });
  if (declared && GZIP_CONTENT_TYPES.includes(declared.mediaType) && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    bytes = await gunzipLimited(bytes, maxBytes, url.href);
  }

  // No Content-Type at all: accept it as HTML only if it looks like HTML and HTML is wanted.
  const mediaType = declared?.mediaType ?? (looksLikeHtml(bytes) ? "text/html" : null);
  if (!declared && (mediaType === null || !isAllowedMediaType(mediaType, allowed))) {
    throw unsupportedType(mediaType, allowed, url);
  }
  const decoded = decodeBody(bytes, declared?.charset ?? null, mediaType);
  const page = {
    status,
    contentType: declared?.mediaType ?? null,
    charset: decoded.charset,
    charsetSource: decoded.charsetSource,
    body: decoded.text,
    byteLength: bytes.length,
    etag: etag ?? null,
    lastModified: lastModified ?? null,
    notModified: false,
  };
  return { kind: "page", page };
}

function unsupportedType(mediaType: string | null, allowed: readonly string[], url: URL): FetchError {
  const what = mediaType ? `a ${mediaType} file` : "a file of unknown type";
  const wanted = allowed.includes("text/html") ? "a web page" : `one of ${allowed.join(", ")}`;
  return new FetchError("unsupported_content_type", `The address returned ${what}, not ${wanted}.`, {
    url: url.href,
  });
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
