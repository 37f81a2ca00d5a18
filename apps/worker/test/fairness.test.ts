// Fair scheduling across hosts: a big backlog on one slow site (one request a second) must not
// hold the worker's slots. Jobs waiting for their host's politeness gap are parked in Redis's
// delayed set, so a URL on another site is fetched within seconds, not after the backlog.
import { prisma } from "@tidemark/db";
import { submitUrls } from "@tidemark/intake";
import { Producer } from "@tidemark/queue";
import {
  type FixtureServer,
  html,
  resetTestRedis,
  startFixtureServer,
  truncateAllTables,
} from "@tidemark/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePage, ENGLISH_BODY } from "./support/pages.ts";
import { waitUntil } from "./support/wait.ts";
import { startWorker, type WorkerProcess } from "./support/worker-process.ts";

let busy: FixtureServer;
let other: FixtureServer;
let worker: WorkerProcess | undefined;
const producer = new Producer();
const page = html(articlePage({ title: "A story", body: ENGLISH_BODY }));

beforeAll(async () => {
  await truncateAllTables(prisma);
  await resetTestRedis();
  busy = await startFixtureServer();
  other = await startFixtureServer({ "/elsewhere": page });
  for (let i = 0; i < 300; i += 1) busy.route(`/backlog/${i}`, page);
});
afterAll(async () => {
  await worker?.stop();
  await Promise.all([busy?.close(), other?.close()]);
  await producer.close();
  await prisma.$disconnect();
});

describe("fairness across hosts", () => {
  it("fetches a URL on another site within seconds while one site has a 300-URL backlog", async () => {
    // The two servers are two sites: one named by address, the other by name (politeness is per host).
    const otherOrigin = `http://localhost:${new URL(other.origin).port}`;
    worker = await startWorker({
      TIDEMARK_FETCH_ALLOW_HOSTS: `${busy.hostPort},localhost:${new URL(other.origin).port}`,
      TIDEMARK_FETCH_HOST_MIN_GAP_MS: "1000",
      TIDEMARK_FETCH_HOST_CONCURRENCY: "1",
      TIDEMARK_FETCH_RESPECT_ROBOTS: "false",
      WORKER_INGEST_CONCURRENCY: "4",
      WORKER_HOST_WAIT_MS: "200",
    });
    await worker.waitForLog((l) => l.msg === "worker ready", 60_000);
    const backlog = Array.from({ length: 300 }, (_, i) => busy.url(`/backlog/${i}`));
    await submitUrls(prisma, producer, backlog);
    // Let the backlog take every slot first.
    await waitUntil(
      () => prisma.article.count({ where: { status: "extracted" } }),
      (n) => n >= 2,
      60_000,
    );
    const submittedAt = Date.now();
    const { outcomes } = await submitUrls(prisma, producer, [`${otherOrigin}/elsewhere`]);
    const created = outcomes[0];
    if (created?.outcome !== "created") throw new Error("the other site's URL was not created");
    const done = await waitUntil(
      () => prisma.article.findUniqueOrThrow({ where: { id: created.articleId } }),
      (a) => a.status === "extracted",
      60_000,
    );
    const waitedMs = (done.fetchedAt?.getTime() ?? Date.now()) - submittedAt;
    const backlogLeft = await prisma.article.count({ where: { status: { in: ["queued", "fetching"] } } });
    // At one request a second the backlog needs five minutes; the other site must not wait for it
    // (parked jobs wait in Redis for their turn, measured at about 5 s on a loaded 2-core machine).
    expect(backlogLeft).toBeGreaterThan(200);
    expect(waitedMs).toBeLessThan(10_000);
  }, 180_000);
});
