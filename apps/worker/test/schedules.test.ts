// Scheduled re-ingest and sources against real Postgres, Redis and worker processes: timers fire,
// edits become versions, unchanged pages and 304s do not, feeds add only new items, paused
// schedules stay quiet, and schedules survive a Redis flush.
import { requestRefetch } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { submitUrls } from "@tidemark/intake";
import { Producer, QUEUES } from "@tidemark/queue";
import { createSchedule, runScheduleNow, setScheduleEnabled } from "@tidemark/schedules";
import { type FixtureServer, resetTestRedis, startFixtureServer, truncateAllTables } from "@tidemark/testing";
import { createTheme } from "@tidemark/themes";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { articlePage, ENGLISH_BODY } from "./support/pages.ts";
import { waitUntil } from "./support/wait.ts";
import { startWorker, type WorkerProcess } from "./support/worker-process.ts";

let server: FixtureServer;
let worker: WorkerProcess | undefined;
const producer = new Producer();
const flushRedis = resetTestRedis;
const env = () => ({
  TIDEMARK_FETCH_ALLOW_HOSTS: server.hostPort,
  TIDEMARK_FETCH_HOST_MIN_GAP_MS: "0",
  WORKER_RETRY_BASE_MS: "50",
});

let pageBody = ENGLISH_BODY;
let etagHits = 0;

function rss(items: { path: string; title: string; date: string }[]): string {
  const entries = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${server.url(i.path)}</link><pubDate>${i.date}</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture feed</title><link>${server.origin}</link>${entries}</channel></rss>`;
}
let feedItems: { path: string; title: string; date: string }[] = [];

beforeAll(async () => {
  server = await startFixtureServer({
    "/edited": (_req, res) =>
      void res
        .writeHead(200, { "content-type": "text/html" })
        .end(articlePage({ title: "Edited story", body: pageBody })),
    "/with-etag": (req, res) => {
      etagHits += 1;
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      res
        .writeHead(200, { "content-type": "text/html", etag: '"v1"' })
        .end(articlePage({ title: "Stable story", body: ENGLISH_BODY }));
    },
    "/feed.xml": (_req, res) =>
      void res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(feedItems)),
    "/item/1": (_req, res) =>
      void res
        .writeHead(200, { "content-type": "text/html" })
        .end(articlePage({ title: "Item one", body: ENGLISH_BODY })),
    "/item/2": (_req, res) =>
      void res
        .writeHead(200, { "content-type": "text/html" })
        .end(articlePage({ title: "Item two", body: ENGLISH_BODY })),
    "/item/3": (_req, res) =>
      void res
        .writeHead(200, { "content-type": "text/html" })
        .end(articlePage({ title: "Item three", body: ENGLISH_BODY })),
  });
});
beforeEach(async () => {
  await truncateAllTables(prisma);
  await flushRedis();
  pageBody = ENGLISH_BODY;
  feedItems = [];
  etagHits = 0;
  worker = await startWorker(env());
});
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});
afterAll(async () => {
  await server.close();
  await producer.close();
  await prisma.$disconnect();
});

async function ingest(path: string) {
  const { outcomes } = await submitUrls(prisma, producer, [server.url(path)]);
  const first = outcomes[0];
  if (first?.outcome !== "created") throw new Error(JSON.stringify(first));
  return waitUntil(
    () => prisma.article.findUniqueOrThrow({ where: { id: first.articleId } }),
    (a) => a.status === "extracted",
  );
}

const runs = (scheduleId: string) =>
  prisma.scheduleRun.findMany({ where: { scheduleId, status: { not: "running" } } });
const reingestAll = async (name: string, enabled = true) =>
  (
    await createSchedule(prisma, producer, {
      name,
      kind: "reingest",
      intervalSeconds: 5,
      enabled,
      params: { scope: "all" },
    })
  ).schedule;

describe("schedules", () => {
  it("fires a short-interval schedule and records the run", async () => {
    await ingest("/with-etag");
    const schedule = await reingestAll("every 5 s");
    const done = await waitUntil(
      () => runs(schedule.id),
      (r) => r.length >= 1,
      20_000,
    );
    expect(done[0]).toMatchObject({ trigger: "scheduler", status: "done", counts: { matched: 1 } });
    const row = await prisma.schedule.findUniqueOrThrow({ where: { id: schedule.id } });
    expect(row.lastRunStatus).toBe("done");
    expect(row.nextRunAt?.getTime()).toBeGreaterThan(row.lastRunAt?.getTime() ?? 0);
  });

  it("does not fire a paused schedule", async () => {
    const schedule = await reingestAll("paused", false);
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(await runs(schedule.id)).toHaveLength(0);
    await setScheduleEnabled(prisma, producer, schedule.id, true);
    await waitUntil(
      () => runs(schedule.id),
      (r) => r.length >= 1,
      20_000,
    );
  });

  it("survives a Redis flush: the worker recreates its timer from Postgres", async () => {
    const schedule = await reingestAll("after flush");
    await worker?.stop();
    await flushRedis();
    worker = await startWorker(env());
    await waitUntil(
      () => runs(schedule.id),
      (r) => r.length >= 1,
      20_000,
    );
  });
});

describe("re-ingest", () => {
  it("stores a new version when the page changed, records the themes it entered, and nothing when it did not", async () => {
    const theme = await createTheme(prisma, producer, { name: "Correction", definition: "correction" });
    const article = await ingest("/edited");
    const { schedule } = await createSchedule(prisma, producer, {
      name: "manual",
      kind: "reingest",
      cron: "0 0 1 1 *",
      params: { scope: "all" },
    });

    pageBody = [
      ...ENGLISH_BODY,
      "Correction: an earlier version of this story misstated the date of the ruling.",
    ];
    await runScheduleNow(prisma, producer, schedule.id);
    const versions = await waitUntil(
      () => prisma.articleVersion.findMany({ where: { articleId: article.id }, orderBy: { version: "asc" } }),
      (v) => v.length === 2 && v[1]?.themeIds.length === 1,
    );
    expect(versions[1]?.text).toContain("Correction: an earlier version");
    expect(versions[0]?.themeIds).not.toContain(theme.themeId);
    expect(versions[1]?.themeIds).toContain(theme.themeId);

    await waitUntil(
      () => runs(schedule.id),
      (r) => r.length === 1,
    );
    await waitUntil(
      () => producer.hasLiveJob(QUEUES.maintenance, `${schedule.id}-manual`),
      (live) => !live,
    );
    await runScheduleNow(prisma, producer, schedule.id);
    await waitUntil(
      () => runs(schedule.id),
      (r) => r.length === 2,
    );
    await waitUntil(
      () => prisma.article.findUniqueOrThrow({ where: { id: article.id } }),
      (a) => a.lastCheckedAt !== null && a.lastCheckedAt > (versions[1]?.fetchedAt ?? new Date()),
    );
    expect(await prisma.articleVersion.count({ where: { articleId: article.id } })).toBe(2);
  });

  it("handles 304 Not Modified: no version, the check is recorded", async () => {
    const article = await ingest("/with-etag");
    expect(article.etag).toBe('"v1"');
    const { schedule } = await createSchedule(prisma, producer, {
      name: "manual",
      kind: "reingest",
      cron: "0 0 1 1 *",
      params: { scope: "all" },
    });
    await runScheduleNow(prisma, producer, schedule.id);
    const after = await waitUntil(
      () => prisma.article.findUniqueOrThrow({ where: { id: article.id } }),
      (a) => a.lastCheckedAt !== null && a.lastCheckedAt > (article.lastCheckedAt ?? new Date()),
    );
    expect(after.status).toBe("extracted");
    expect(etagHits).toBe(2);
    expect(await prisma.articleVersion.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("marks an article gone when the page now answers 404, and keeps its text", async () => {
    const article = await ingest("/edited");
    server.route(
      "/edited",
      (_req, res) => void res.writeHead(404, { "content-type": "text/html" }).end("gone"),
    );
    await requestRefetch(prisma, producer, [article.id]);
    const gone = await waitUntil(
      () => prisma.article.findUniqueOrThrow({ where: { id: article.id } }),
      (a) => a.status === "gone",
    );
    expect(gone.text).toBe(article.text);
    expect(gone.failureCode).toBe("http_404");
    server.route(
      "/edited",
      (_req, res) =>
        void res
          .writeHead(200, { "content-type": "text/html" })
          .end(articlePage({ title: "Edited story", body: pageBody })),
    );
  });
});

describe("feeds", () => {
  it("adds only new items on each poll, with the item date as a fallback", async () => {
    feedItems = [
      { path: "/item/1", title: "Item one", date: "Mon, 02 Mar 2020 10:00:00 GMT" },
      { path: "/item/2", title: "Item two", date: "Tue, 03 Mar 2020 10:00:00 GMT" },
    ];
    const { schedule } = await createSchedule(prisma, producer, {
      name: "feed",
      kind: "feed",
      cron: "0 0 1 1 *",
      params: { url: server.url("/feed.xml") },
    });
    await runScheduleNow(prisma, producer, schedule.id);
    const first = await waitUntil(
      () => runs(schedule.id),
      (r) => r.length === 1,
    );
    expect(first[0]?.counts).toMatchObject({ found: 2, new: 2, duplicate: 0 });

    feedItems = [
      ...feedItems,
      { path: "/item/3", title: "Item three", date: "Wed, 04 Mar 2020 10:00:00 GMT" },
    ];
    // "Run now" is refused while the previous manual run's job is still live; wait until it is not.
    await waitUntil(
      () => producer.hasLiveJob(QUEUES.maintenance, `${schedule.id}-manual`),
      (live) => !live,
    );
    await runScheduleNow(prisma, producer, schedule.id);
    const second = await waitUntil(
      () => runs(schedule.id),
      (r) => r.length === 2,
    );
    expect(second.find((r) => r.id !== first[0]?.id)?.counts).toMatchObject({
      found: 3,
      new: 1,
      duplicate: 2,
    });

    const articles = await waitUntil(
      () => prisma.article.findMany({ where: { intake: "feed" }, orderBy: { submittedUrl: "asc" } }),
      (a) => a.length === 3 && a.every((x) => x.status === "extracted"),
    );
    expect(articles[0]?.publishedAt?.toISOString()).toBe("2020-03-02T10:00:00.000Z");
    expect(articles[0]?.publishedAtSource).toBe("feed");
  });
});

describe("sitemaps and discovery", () => {
  it("follows an index to recent child sitemaps, filters by date and path, and caps the run", async () => {
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    server.route("/sitemap_index.xml", (_req, res) => {
      res.writeHead(200, { "content-type": "application/xml" }).end(
        `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>${server.url("/sitemap-recent.xml")}</loc><lastmod>${day(1)}</lastmod></sitemap>
        <sitemap><loc>${server.url("/sitemap-2019.xml")}</loc><lastmod>2019-12-31T00:00:00Z</lastmod></sitemap>
        </sitemapindex>`,
      );
    });
    server.route("/sitemap-recent.xml", (_req, res) => {
      const urls = [
        ["/news/a", day(1)],
        ["/news/b", day(2)],
        ["/news/c", day(3)],
        ["/about/team", day(1)],
        ["/news/old", day(90)],
      ];
      res
        .writeHead(200, { "content-type": "application/xml" })
        .end(
          `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls
            .map(
              ([path, lastmod]) =>
                `<url><loc>${server.url(path ?? "")}</loc><lastmod>${lastmod}</lastmod></url>`,
            )
            .join("")}</urlset>`,
        );
    });
    let oldSitemapHits = 0;
    server.route("/sitemap-2019.xml", (_req, res) => {
      oldSitemapHits += 1;
      res
        .writeHead(200, { "content-type": "application/xml" })
        .end('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>');
    });
    const { schedule } = await createSchedule(prisma, producer, {
      name: "sitemap",
      kind: "sitemap",
      cron: "0 0 1 1 *",
      params: { url: server.url("/sitemap_index.xml"), pattern: "/news/**", sinceDays: 30, limit: 2 },
    });
    await runScheduleNow(prisma, producer, schedule.id);
    const [run] = await waitUntil(
      () => runs(schedule.id),
      (r) => r.length === 1,
    );
    expect(run?.counts).toMatchObject({ sitemaps: 2, found: 5, selected: 2, new: 2 });
    expect(oldSitemapHits).toBe(0);
    const urls = (await prisma.article.findMany({ where: { intake: "sitemap" } }))
      .map((a) => new URL(a.normalizedUrl).pathname)
      .sort();
    expect(urls).toEqual(["/news/a", "/news/b"]);
  });

  it("finds the feed of a site address through its <link rel=alternate>, named by the feed's own title", async () => {
    server.route("/home", (_req, res) => {
      res
        .writeHead(200, { "content-type": "text/html" })
        .end(
          `<html><head><link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml"></head><body>Home</body></html>`,
        );
    });
    const { createFetcher } = await import("@tidemark/ingest/fetch");
    const { discoverFeedUrl } = await import("@tidemark/schedules");
    const fetcher = createFetcher({ allowHosts: [server.hostPort], hostMinGapMs: 0 });
    try {
      expect(await discoverFeedUrl(fetcher, server.url("/home"))).toEqual({
        feedUrl: server.url("/feed.xml"),
        // The link's generic "RSS" gives way to the title the feed gives itself.
        title: "Fixture feed",
      });
      expect((await discoverFeedUrl(fetcher, server.url("/feed.xml"))).feedUrl).toBe(server.url("/feed.xml"));
    } finally {
      await fetcher.close();
    }
  });
});
