// Retry timing helpers and configuration parsing: pure functions, no network.
import { describe, expect, it } from "vitest";
import { productToken, resolveFetcherConfig } from "../../src/fetch/config.ts";
import {
  FETCH_ERROR_CODES,
  FetchError,
  RETRYABLE_FETCH_ERROR_CODES,
  retryDelayMs,
} from "../../src/fetch/index.ts";
import { parseRetryAfter } from "../../src/fetch/retry-after.ts";
import { HostAllowList } from "../../src/fetch/ssrf/allow-list.ts";

describe("retryDelayMs", () => {
  it("doubles per attempt with equal jitter between half and the full step", () => {
    const low = (attempt: number) => retryDelayMs({ attempt, baseMs: 1_000, random: () => 0 });
    const high = (attempt: number) => retryDelayMs({ attempt, baseMs: 1_000, random: () => 0.999999 });
    expect([low(0), low(1), low(2), low(3)]).toEqual([500, 1_000, 2_000, 4_000]);
    expect([high(0), high(1), high(2), high(3)]).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it("caps the exponential part at maxMs", () => {
    expect(retryDelayMs({ attempt: 30, baseMs: 1_000, maxMs: 60_000, random: () => 0.999999 })).toBe(60_000);
  });

  it("honours retryAfterMs, adding at most 10% spread", () => {
    expect(retryDelayMs({ attempt: 0, retryAfterMs: 120_000, random: () => 0 })).toBe(120_000);
    expect(retryDelayMs({ attempt: 0, retryAfterMs: 120_000, random: () => 0.999999 })).toBe(132_000);
    // Even when it is longer than the backoff cap: the server knows best.
    expect(retryDelayMs({ attempt: 0, retryAfterMs: 7_200_000, maxMs: 60_000, random: () => 0 })).toBe(
      7_200_000,
    );
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-07-01T12:00:00Z");
  it("reads delay-seconds and HTTP-dates", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Tue, 01 Jul 2025 12:01:30 GMT", now)).toBe(90_000);
    expect(parseRetryAfter("Tue, 01 Jul 2025 11:00:00 GMT", now)).toBe(0); // in the past
  });
  it("ignores garbage and caps absurd values at a day", () => {
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter("99999999", now)).toBe(24 * 60 * 60 * 1000);
  });
});

describe("FetchError", () => {
  it("derives retryability from the code", () => {
    expect(new FetchError("connect_timeout", "x").retryable).toBe(true);
    expect(new FetchError("blocked_address", "x").retryable).toBe(false);
    expect(FETCH_ERROR_CODES).toEqual(expect.arrayContaining([...RETRYABLE_FETCH_ERROR_CODES, "too_large"]));
  });
});

describe("configuration", () => {
  it("parses host:port allow-list entries exactly", () => {
    const list = new HostAllowList(["127.0.0.1:8080", "[::1]:9000", "Intranet.Example:443"]);
    expect(list.allows("127.0.0.1", 8080)).toBe(true);
    expect(list.allows("127.0.0.1", 8081)).toBe(false);
    expect(list.allows("::1", 9000)).toBe(true);
    expect(list.allows("[0:0::1]", 9000)).toBe(true);
    expect(list.allows("intranet.example", 443)).toBe(true);
    expect(() => new HostAllowList(["127.0.0.1"])).toThrow(/host:port/);
    expect(() => new HostAllowList(["127.0.0.1:99999"])).toThrow(/host:port/);
  });

  it("has safe defaults and takes explicit overrides", () => {
    const defaults = resolveFetcherConfig();
    expect(defaults).toMatchObject({
      maxBytes: 10 * 1024 * 1024,
      maxRedirects: 5,
      respectRobots: true,
      allowHosts: [],
      robotsToken: "TidemarkBot",
    });
    expect(resolveFetcherConfig({ maxRedirects: 1, allowHosts: ["a:1"] })).toMatchObject({
      maxRedirects: 1,
      allowHosts: ["a:1"],
    });
    expect(productToken("Mozilla/5.0 (compatible)")).toBe("Mozilla");
  });
});
