// robots.txt: disallow rules for our token, Crawl-delay raising the per-host gap, status handling
// (4xx = allow, 5xx = retryable), and the verdict shared between fetchers through Redis.
import type { IncomingMessage, ServerResponse } from "node:http";
import { html, startFixtureServer } from "@tidemark/testing";
import { describe, expect, it } from "vitest";
import { closeAfterTest, fetchError, testFetcher, uniquePrefix } from "./helpers.ts";

const PAGE = "<!doctype html><title>t</title><p>ok</p>";

function robots(body: string) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { "content-type": "text/plain" }).end(body);
  };
}

async function site(robotsHandler: (req: IncomingMessage, res: ServerResponse) => void) {
  return closeAfterTest(
    await startFixtureServer({
      "/robots.txt": robotsHandler,
      "/public/a": html(PAGE),
      "/public/b": html(PAGE),
      "/private/secret": html(PAGE),
      "/moved": (_req, res) => void res.writeHead(301, { location: "/private/secret" }).end(),
    }),
  );
}

describe("robots.txt", () => {
  it("refuses disallowed paths with robots_disallowed and allows the rest", async () => {
    const fixture = await site(robots("User-agent: *\nDisallow: /private\n"));
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], respectRobots: true });
    expect((await fetcher.fetchPage(fixture.url("/public/a"))).body).toBe(PAGE);
    const error = await fetchError(fetcher.fetchPage(fixture.url("/private/secret")));
    expect(error).toMatchObject({ code: "robots_disallowed", retryable: false });
    expect(fixture.hits("/private/secret")).toBe(0);
    expect(fixture.hits("/robots.txt")).toBe(1); // cached after the first look
  });

  it("re-checks robots on every redirect hop", async () => {
    const fixture = await site(robots("User-agent: *\nDisallow: /private\n"));
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], respectRobots: true });
    expect((await fetchError(fetcher.fetchPage(fixture.url("/moved")))).code).toBe("robots_disallowed");
    expect(fixture.hits("/private/secret")).toBe(0);
  });

  it("applies the group for our own token over the * group", async () => {
    const fixture = await site(
      robots("User-agent: *\nAllow: /\n\nUser-agent: TidemarkBot\nDisallow: /public/b\n"),
    );
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], respectRobots: true });
    await fetcher.fetchPage(fixture.url("/public/a"));
    expect((await fetchError(fetcher.fetchPage(fixture.url("/public/b")))).code).toBe("robots_disallowed");
    // A differently named bot is governed by the * group.
    const other = testFetcher({
      allowHosts: [fixture.hostPort],
      respectRobots: true,
      userAgent: "OtherBot/1.0",
    });
    expect((await other.fetchPage(fixture.url("/public/b"))).status).toBe(200);
  });

  it("honours Crawl-delay as the minimum gap between requests to the host", async () => {
    const fixture = await site(robots("User-agent: *\nCrawl-delay: 0.4\n"));
    const starts: number[] = [];
    fixture.route("/timed", (_req, res) => {
      starts.push(Date.now());
      res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    });
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], respectRobots: true, hostMinGapMs: 0 });
    await Promise.all([1, 2, 3].map(() => fetcher.fetchPage(fixture.url("/timed"))));
    expect(starts).toHaveLength(3);
    starts.sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++) {
      expect((starts[i] ?? 0) - (starts[i - 1] ?? 0)).toBeGreaterThanOrEqual(380);
    }
  });

  it("treats a 404 robots.txt as allow-all", async () => {
    const fixture = await site((_req, res) => void res.writeHead(404).end());
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], respectRobots: true });
    expect((await fetcher.fetchPage(fixture.url("/private/secret"))).status).toBe(200);
  });

  it("fails with retryable robots_unavailable on a 5xx robots.txt, without fetching the page", async () => {
    const fixture = await site((_req, res) => void res.writeHead(503, { "retry-after": "30" }).end());
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], respectRobots: true });
    const error = await fetchError(fetcher.fetchPage(fixture.url("/public/a")));
    expect(error).toMatchObject({ code: "robots_unavailable", retryable: true });
    expect(error.retryAfterMs).toBeGreaterThan(25_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(30_000);
    expect(fixture.hits("/public/a")).toBe(0);
    // The failure is remembered until Retry-After, so other articles do not hammer robots.txt.
    expect((await fetchError(fetcher.fetchPage(fixture.url("/public/b")))).code).toBe("robots_unavailable");
    expect(fixture.hits("/robots.txt")).toBe(1);
  });

  it("shares the robots verdict between fetchers through Redis", async () => {
    const fixture = await site(robots("User-agent: *\nDisallow: /private\n"));
    const keyPrefix = uniquePrefix();
    const first = testFetcher({ allowHosts: [fixture.hostPort], respectRobots: true, keyPrefix });
    await first.fetchPage(fixture.url("/public/a"));
    const second = testFetcher({ allowHosts: [fixture.hostPort], respectRobots: true, keyPrefix });
    expect((await fetchError(second.fetchPage(fixture.url("/private/secret")))).code).toBe(
      "robots_disallowed",
    );
    expect(fixture.hits("/robots.txt")).toBe(1);
  });

  it("does not fetch robots.txt when robots are not honoured", async () => {
    const fixture = await site(robots("User-agent: *\nDisallow: /\n"));
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], respectRobots: false });
    expect((await fetcher.fetchPage(fixture.url("/private/secret"))).status).toBe(200);
    expect(fixture.hits("/robots.txt")).toBe(0);
  });
});
