// Who the client is: the socket, unless the socket is a trusted proxy, hop by hop through
// X-Forwarded-For. And where `next` may lead after logging in.
import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next";
import { parseTrustedProxies, resolveClientAddress, TrustedProxiesError } from "@/lib/net/trusted-proxies";

describe("resolveClientAddress", () => {
  const none = parseTrustedProxies(undefined);
  const loopback = parseTrustedProxies("loopback");
  const chain = parseTrustedProxies("10.0.0.0/8, 192.0.2.7");

  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("198.51.100.4", "203.0.113.9", none)).toBe("198.51.100.4");
  });

  it("takes the hop before a trusted proxy, and only as far as the proxies are trusted", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.9", loopback)).toBe("203.0.113.9");
    // The client wrote the first hop itself; the trusted proxy appended the real one.
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 203.0.113.9", loopback)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 203.0.113.9, 192.0.2.7", chain)).toBe("203.0.113.9");
  });

  it("keeps the proxy when the header is missing or garbled, and unwraps IPv4-mapped addresses", () => {
    expect(resolveClientAddress("127.0.0.1", undefined, loopback)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "not-an-ip", loopback)).toBe("127.0.0.1");
    expect(resolveClientAddress("::ffff:198.51.100.4", undefined, none)).toBe("198.51.100.4");
  });

  it("refuses a setting that is not an address or range", () => {
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(TrustedProxiesError);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(TrustedProxiesError);
  });
});

describe("safeNextPath", () => {
  it.each([
    ["/articles?q=a#x", "/articles?q=a#x"],
    ["/", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example/x", "/"],
    ["/\t/evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["", "/"],
    [null, "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});
