// Redirect handling and SSRF refusal through the real socket layer: every hop is re-checked, and
// blocked targets are refused before any byte reaches them.
import { html, startFixtureServer } from "@tidemark/testing";
import { request } from "undici";
import { describe, expect, it } from "vitest";
import { createFetchAgent } from "../../src/fetch/agent.ts";
import { checkAddress, FetchError } from "../../src/fetch/index.ts";
import { HostAllowList } from "../../src/fetch/ssrf/allow-list.ts";
import { closeAfterTest, fetchError, testFetcher } from "./helpers.ts";

const PAGE = "<!doctype html><title>t</title><p>final</p>";

function redirect(location: string, status = 302) {
  return (_req: unknown, res: import("node:http").ServerResponse) => {
    res.writeHead(status, { location }).end();
  };
}

describe("redirects", () => {
  it("follows a chain of relative and absolute redirects, each hop re-checked", async () => {
    const fixture = closeAfterTest(await startFixtureServer({ "/c": html(PAGE) }));
    fixture.route("/a", redirect("/b", 301));
    fixture.route("/b", redirect(fixture.url("/c"), 307));
    const page = await testFetcher({ allowHosts: [fixture.hostPort] }).fetchPage(fixture.url("/a"));
    expect(page.finalUrl).toBe(fixture.url("/c"));
    expect(page.redirects).toEqual([fixture.url("/b"), fixture.url("/c")]);
    expect(page.body).toBe(PAGE);
  });

  it("allows exactly maxRedirects hops and fails the next with too_many_redirects", async () => {
    const fixture = closeAfterTest(await startFixtureServer({ "/end": html(PAGE) }));
    for (let i = 0; i < 10; i++) fixture.route(`/r${i}`, redirect(i === 2 ? "/end" : `/r${i + 1}`));
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], maxRedirects: 3 });
    const ok = await fetcher.fetchPage(fixture.url("/r0")); // r0 → r1 → r2 → end: 3 redirects
    expect(ok.redirects).toHaveLength(3);

    for (let i = 0; i < 10; i++) fixture.route(`/loop${i}`, redirect(`/loop${i + 1}`));
    const error = await fetchError(fetcher.fetchPage(fixture.url("/loop0")));
    expect(error).toMatchObject({ code: "too_many_redirects", retryable: false });
    expect(fixture.hits("/loop3")).toBe(1);
    expect(fixture.hits("/loop4")).toBe(0); // the 4th redirect target is never requested
  });

  it("fails a redirect without Location with invalid_redirect", async () => {
    const fixture = closeAfterTest(
      await startFixtureServer({ "/bad": (_req, res) => void res.writeHead(302).end() }),
    );
    const error = await fetchError(
      testFetcher({ allowHosts: [fixture.hostPort] }).fetchPage(fixture.url("/bad")),
    );
    expect(error).toMatchObject({ code: "invalid_redirect", retryable: false, status: 302 });
  });

  it("refuses a redirect to a non-http scheme", async () => {
    const fixture = closeAfterTest(await startFixtureServer({ "/ftp": redirect("ftp://example.com/x") }));
    const error = await fetchError(
      testFetcher({ allowHosts: [fixture.hostPort] }).fetchPage(fixture.url("/ftp")),
    );
    expect(error.code).toBe("unsupported_scheme");
  });
});

describe("SSRF", () => {
  it("refuses a redirect to the cloud metadata address", async () => {
    const fixture = closeAfterTest(
      await startFixtureServer({ "/meta": redirect("http://169.254.169.254/latest/meta-data/") }),
    );
    const error = await fetchError(
      testFetcher({ allowHosts: [fixture.hostPort] }).fetchPage(fixture.url("/meta")),
    );
    expect(error).toMatchObject({ code: "blocked_address", retryable: false });
    expect(error.message).toContain("169.254.169.254");
    expect(error.message).toContain("cloud metadata");
  });

  it("refuses a redirect to a loopback port that is not on the allow-list, without touching it", async () => {
    const internal = closeAfterTest(await startFixtureServer({ "/admin": html("secret") }));
    const fixture = closeAfterTest(await startFixtureServer({ "/go": redirect(internal.url("/admin")) }));
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort] });
    const error = await fetchError(fetcher.fetchPage(fixture.url("/go")));
    expect(error.code).toBe("blocked_address");
    expect(internal.hits("/admin")).toBe(0);
    // And the allow-list really is the only thing letting the fixture through.
    expect((await fetchError(testFetcher().fetchPage(fixture.url("/go")))).code).toBe("blocked_address");
    expect(fixture.hits("/go")).toBe(1);
  });

  it("refuses a hostname that resolves to loopback (checked at connect time via DNS)", async () => {
    const fixture = closeAfterTest(await startFixtureServer({ "/": html(PAGE) }));
    const port = new URL(fixture.origin).port;
    // 127.0.0.1:port is allowed, but "localhost" is a different host whose DNS answer is loopback.
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort] });
    const error = await fetchError(fetcher.fetchPage(`http://localhost:${port}/`));
    expect(error).toMatchObject({ code: "blocked_address", retryable: false });
    expect(error.message).toContain("localhost resolves to it");
    expect(fixture.hits("/")).toBe(0);
  });

  it.each([
    ["IPv4-mapped IPv6", (port: string) => `http://[::ffff:127.0.0.1]:${port}/`],
    ["IPv4-mapped IPv6 (hex)", (port: string) => `http://[::ffff:7f00:1]:${port}/`],
    ["IPv6 loopback", (port: string) => `http://[::1]:${port}/`],
    ["decimal IPv4", (port: string) => `http://2130706433:${port}/`],
    ["hex IPv4", (port: string) => `http://0x7f.0.0.1:${port}/`],
    ["octal IPv4", (port: string) => `http://0177.0.0.1:${port}/`],
    ["short IPv4", (port: string) => `http://127.1:${port}/`],
    ["unspecified", (port: string) => `http://0.0.0.0:${port}/`],
  ])("refuses %s literals", async (_name, makeUrl) => {
    const fixture = closeAfterTest(await startFixtureServer({ "/": html(PAGE) }));
    const error = await fetchError(testFetcher().fetchPage(makeUrl(new URL(fixture.origin).port)));
    expect(error.code).toBe("blocked_address");
    expect(fixture.hits("/")).toBe(0);
  });

  it("matches the allow-list on the WHATWG-normalised host", async () => {
    const fixture = closeAfterTest(await startFixtureServer({ "/": html(PAGE) }));
    const port = new URL(fixture.origin).port;
    // 2130706433 normalises to 127.0.0.1, so this is the allow-listed host:port.
    const page = await testFetcher({ allowHosts: [fixture.hostPort] }).fetchPage(
      `http://2130706433:${port}/`,
    );
    expect(page.finalUrl).toBe(fixture.url("/"));
  });
});

describe("guarded connector (below the URL pre-check)", () => {
  it("refuses blocked IP literals and hostnames at the socket layer, and allows allow-listed pairs", async () => {
    const fixture = closeAfterTest(await startFixtureServer({ "/": html(PAGE) }));
    const port = new URL(fixture.origin).port;
    const agent = closeAfterTest(
      createFetchAgent({
        allowList: new HostAllowList([fixture.hostPort]),
        connectTimeoutMs: 2_000,
        headersTimeoutMs: 2_000,
      }),
    );
    const allowed = await request(fixture.url("/"), { dispatcher: agent });
    expect(allowed.statusCode).toBe(200);
    await allowed.body.text();
    for (const url of [`http://[::1]:${port}/`, `http://localhost:${port}/`, "http://169.254.169.254/"]) {
      const error = await request(url, { dispatcher: agent }).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error, url).toBeInstanceOf(FetchError);
      expect((error as FetchError).code, url).toBe("blocked_address");
    }
    expect(fixture.hits("/")).toBe(1);
  });
});

describe("checkAddress", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "169.254.1.1",
    "100.64.0.1",
    "100.100.100.200",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "192.0.2.1",
    "198.18.0.1",
    "240.0.0.1",
    "::",
    "::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::127.0.0.1",
    "fe80::1",
    "fc00::1",
    "fd00:ec2::254",
    "ff02::1",
    "2001:db8::1",
    "64:ff9b::a00:1", // NAT64 of 10.0.0.1
    "64:ff9b:1::1", // local-use NAT64
    "2002:7f00:1::", // 6to4
    "2001::1", // Teredo
    "100::1", // discard-only
  ])("blocks %s", (address) => {
    expect(checkAddress(address).allowed).toBe(false);
  });

  it.each([
    "93.184.215.14",
    "1.1.1.1",
    "8.8.8.8",
    "2606:4700::1111",
    "2a00:1450:4001:80e::200e",
    "::ffff:93.184.215.14",
    "64:ff9b::808:808", // NAT64 of 8.8.8.8
  ])("allows public %s", (address) => {
    expect(checkAddress(address).allowed).toBe(true);
  });
});
