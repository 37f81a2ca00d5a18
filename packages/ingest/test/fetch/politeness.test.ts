// Per-host politeness across fetcher instances that share only Redis: the server itself measures
// how many requests overlap and how far apart they start.
import { startFixtureServer } from "@tidemark/testing";
import { describe, expect, it } from "vitest";
import { HostPoliteness } from "../../src/fetch/politeness.ts";
import { closeAfterTest, fetchError, redis, testFetcher, uniquePrefix } from "./helpers.ts";

const PAGE = "<!doctype html><title>t</title><p>ok</p>";

/** A server whose /slow route holds each request `holdMs` and records overlap and start times. */
async function observedServer(holdMs: number) {
  const stats = { inFlight: 0, maxInFlight: 0, starts: [] as number[] };
  const fixture = closeAfterTest(
    await startFixtureServer({
      "/slow": (_req, res) => {
        stats.inFlight += 1;
        stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
        stats.starts.push(performance.now());
        setTimeout(() => {
          stats.inFlight -= 1;
          res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
        }, holdMs);
      },
    }),
  );
  return { fixture, stats };
}

function minimumGap(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let min = Number.POSITIVE_INFINITY;
  for (let i = 1; i < sorted.length; i++) min = Math.min(min, (sorted[i] ?? 0) - (sorted[i - 1] ?? 0));
  return min;
}

describe("per-host politeness", () => {
  it("control: without a limit the server sees many overlapping requests", async () => {
    const { fixture, stats } = await observedServer(150);
    const fetcher = testFetcher({ allowHosts: [fixture.hostPort], hostConcurrency: 8, hostMinGapMs: 0 });
    await Promise.all(Array.from({ length: 6 }, () => fetcher.fetchPage(fixture.url("/slow"))));
    expect(stats.maxInFlight).toBeGreaterThan(2);
  });

  it("never lets two fetchers together exceed N concurrent requests or the minimum gap", async () => {
    const { fixture, stats } = await observedServer(500);
    const shared = {
      allowHosts: [fixture.hostPort],
      keyPrefix: uniquePrefix(),
      hostConcurrency: 2,
      hostMinGapMs: 300,
    };
    const a = testFetcher(shared);
    const b = testFetcher(shared);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? a : b).fetchPage(fixture.url("/slow"))),
    );
    expect(stats.starts).toHaveLength(8);
    expect(stats.maxInFlight).toBe(2);
    // Starts are timed by Redis; the server, in this same loaded process, can see one late and the
    // next on time, hence the wide slack (unthrottled requests start about 0 ms apart).
    expect(minimumGap(stats.starts)).toBeGreaterThanOrEqual(150);
  });

  it("fails with retryable host_busy when no slot frees up within the wait bound", async () => {
    const { fixture } = await observedServer(800);
    const shared = {
      allowHosts: [fixture.hostPort],
      keyPrefix: uniquePrefix(),
      hostConcurrency: 1,
      hostMaxWaitMs: 200,
    };
    const holder = testFetcher(shared).fetchPage(fixture.url("/slow"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const error = await fetchError(testFetcher(shared).fetchPage(fixture.url("/slow")));
    expect(error).toMatchObject({ code: "host_busy", retryable: true });
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(1_000);
    await holder;
  });

  it("frees the slot of a process that died holding it once its lease expires", async () => {
    const options = {
      redis,
      keyPrefix: uniquePrefix(),
      concurrency: 1,
      minGapMs: 0,
      maxWaitMs: 2_000,
      leaseTtlMs: 300,
      maxGapMs: 0,
    };
    const crashed = new HostPoliteness(options);
    await crashed.acquire("example.test"); // never released, as if the worker was killed
    const survivor = new HostPoliteness({ ...options, leaseTtlMs: 5_000 });
    const started = Date.now();
    const lease = await survivor.acquire("example.test");
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(1_500);
    await lease.release();
    // Released leases free the slot at once.
    const again = Date.now();
    await (await survivor.acquire("example.test")).release();
    expect(Date.now() - again).toBeLessThan(200);
  });
});
