// Body size cap (on decompressed bytes), gzip bombs, slow drips and silent servers.
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { startFixtureServer } from "@tidemark/testing";
import { describe, expect, it } from "vitest";
import { closeAfterTest, fetchError, testFetcher } from "./helpers.ts";

const CAP = 64 * 1024;

/** Writes `total` bytes of HTML in 8 KB chunks, stopping if the client goes away. */
function streamHtml(res: ServerResponse, total: number, headers: Record<string, string> = {}): void {
  res.writeHead(200, { "content-type": "text/html", ...headers });
  let sent = 0;
  const chunk = Buffer.alloc(8192, "a");
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

describe("body size cap", () => {
  it("fails a chunked body past the cap with too_large (permanent)", async () => {
    const fixture = closeAfterTest(
      await startFixtureServer({ "/big": (_req, res) => streamHtml(res, CAP * 4) }),
    );
    const error = await fetchError(
      testFetcher({ allowHosts: [fixture.hostPort], maxBytes: CAP }).fetchPage(fixture.url("/big")),
    );
    expect(error).toMatchObject({ code: "too_large", retryable: false });
    expect(error.message).toBe("The page is larger than the 64 KB limit.");
  });

  it("fails early on a declared Content-Length past the cap", async () => {
    const fixture = closeAfterTest(
      await startFixtureServer({
        "/declared": (_req, res) => streamHtml(res, CAP * 2, { "content-length": String(CAP * 2) }),
      }),
    );
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], maxBytes: CAP });
    expect((await fetchError(fetcher.fetchPage(fixture.url("/declared")))).code).toBe("too_large");
  });

  it("accepts a body exactly at the cap", async () => {
    const fixture = closeAfterTest(
      await startFixtureServer({ "/fits": (_req, res) => streamHtml(res, CAP) }),
    );
    const page = await testFetcher({ allowHosts: [fixture.hostPort], maxBytes: CAP }).fetchPage(
      fixture.url("/fits"),
    );
    expect(page.byteLength).toBe(CAP);
  });

  it("stops a gzip bomb: a small download that inflates past the cap", async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, "a")); // 64 MB of "a" → ~65 KB compressed
    expect(bomb.length).toBeLessThan(CAP * 2);
    const fixture = closeAfterTest(
      await startFixtureServer({
        "/bomb": (_req, res) =>
          void res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(bomb),
      }),
    );
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], maxBytes: 1024 * 1024 });
    const started = Date.now();
    const error = await fetchError(fetcher.fetchPage(fixture.url("/bomb")));
    expect(error).toMatchObject({ code: "too_large", retryable: false });
    expect(error.message).toBe("The page is larger than the 1 MB limit.");
    // Inflating all 64 MB would take far longer than stopping at 1 MB.
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("applies the cap per call when maxBytes is passed", async () => {
    const fixture = closeAfterTest(
      await startFixtureServer({ "/mid": (_req, res) => streamHtml(res, CAP * 2) }),
    );
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], maxBytes: CAP });
    const page = await fetcher.fetchPage(fixture.url("/mid"), { maxBytes: CAP * 4 });
    expect(page.byteLength).toBe(CAP * 2);
  });
});

describe("timeouts", () => {
  it("stops a slow drip at the total deadline even though bytes keep arriving", async () => {
    const fixture = closeAfterTest(
      await startFixtureServer({
        "/drip": (_req, res) => {
          res.writeHead(200, { "content-type": "text/html" });
          res.write("<!doctype html><p>");
          // One byte every 50 ms: never idle long enough for the idle timeout to fire.
          const timer = setInterval(() => res.write("."), 50);
          res.on("close", () => clearInterval(timer));
        },
      }),
    );
    const fetcher = testFetcher({
      allowHosts: [fixture.hostPort],
      totalTimeoutMs: 600,
      headersTimeoutMs: 2_000,
    });
    const started = Date.now();
    const error = await fetchError(fetcher.fetchPage(fixture.url("/drip")));
    expect(error).toMatchObject({ code: "total_timeout", retryable: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("fails a server that never sends headers with headers_timeout (retryable)", async () => {
    const fixture = closeAfterTest(
      await startFixtureServer({
        "/silent": () => {
          // Never answer.
        },
      }),
    );
    const fetcher = testFetcher({
      allowHosts: [fixture.hostPort],
      headersTimeoutMs: 300,
      totalTimeoutMs: 5_000,
    });
    const error = await fetchError(fetcher.fetchPage(fixture.url("/silent")));
    expect(error).toMatchObject({ code: "headers_timeout", retryable: true });
  });

  it("fails a connection dropped mid-body as retryable", async () => {
    const fixture = closeAfterTest(
      await startFixtureServer({
        "/cut": (_req, res) => {
          res.writeHead(200, { "content-type": "text/html", "content-length": "1000" });
          res.write("<!doctype html><p>partial");
          setTimeout(() => res.socket?.destroy(), 20);
        },
      }),
    );
    const error = await fetchError(
      testFetcher({ allowHosts: [fixture.hostPort] }).fetchPage(fixture.url("/cut")),
    );
    expect(error).toMatchObject({ code: "connection_reset", retryable: true });
  });

  it("stops at once when the caller aborts, as a permanent `aborted`", async () => {
    const fixture = closeAfterTest(
      await startFixtureServer({
        "/hang": () => {
          // Never answer.
        },
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const pending = testFetcher({ allowHosts: [fixture.hostPort] }).fetchPage(fixture.url("/hang"), {
      signal: controller.signal,
    });
    const error = await fetchError(pending);
    expect(error).toMatchObject({ code: "aborted", retryable: false });
  });
});
