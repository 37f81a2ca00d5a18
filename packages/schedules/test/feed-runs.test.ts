// Feed schedules as a user manages them: named after the feed's title when no name is given, each
// run's articles recorded (so a feed has its own article list and a run says how many of its new
// articles failed), and subscriptions moved in and out as OPML without duplicates.
import { prisma } from "@tidemark/db";
import { createFetcher } from "@tidemark/ingest/fetch";
import { Producer } from "@tidemark/queue";
import { type FixtureServer, resetTestRedis, startFixtureServer, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createSchedule,
  discoverFeedUrl,
  exportOpml,
  importOpml,
  OpmlImportError,
  runHistory,
  runSchedule,
} from "../src/index.ts";

let server: FixtureServer;
let items: string[] = [];
const producer = new Producer();
let fetcher: ReturnType<typeof createFetcher>;

const rss = () =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>The Harbour Gazette</title><link>${server.origin}</link>${items
    .map((p) => `<item><title>Item ${p}</title><link>${server.url(p)}</link></item>`)
    .join("")}</channel></rss>`;

beforeAll(async () => {
  server = await startFixtureServer({
    "/feed.xml": (_req, res) => void res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss()),
    "/site": (_req, res) =>
      void res
        .writeHead(200, { "content-type": "text/html" })
        .end(
          '<html><head><link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml"></head></html>',
        ),
  });
  fetcher = createFetcher({ allowHosts: [server.hostPort], hostMinGapMs: 0, respectRobots: false });
});
beforeEach(async () => {
  await truncateAllTables(prisma);
  await resetTestRedis();
  items = [];
});
afterAll(async () => {
  await fetcher.close();
  await producer.close();
  await server.close();
  await prisma.$disconnect();
});

const ctx = () => ({ db: prisma, producer, fetcher });

describe("feed schedules", () => {
  it("takes the feed's own title as the default name, from a feed or from a site that links it", async () => {
    expect(await discoverFeedUrl(fetcher, server.url("/feed.xml"))).toEqual({
      feedUrl: server.url("/feed.xml"),
      title: "The Harbour Gazette",
    });
    // The page's link says only "RSS"; the feed's title names the outlet.
    expect((await discoverFeedUrl(fetcher, server.url("/site"))).title).toBe("The Harbour Gazette");
    const { schedule } = await createSchedule(prisma, producer, {
      kind: "feed",
      intervalSeconds: 3600,
      params: { url: server.url("/feed.xml") },
    });
    // Without a title (the caller found none), the host names it.
    expect(schedule.name).toBe(`Feed ${new URL(server.origin).hostname}`);
  });

  it("records each run's articles: new ones once, with how many then failed", async () => {
    const { schedule } = await createSchedule(prisma, producer, {
      name: "Gazette",
      kind: "feed",
      intervalSeconds: 3600,
      params: { url: server.url("/feed.xml") },
    });
    items = ["/a", "/b"];
    const first = await runSchedule(ctx(), schedule.id, "manual");
    expect(first.counts).toMatchObject({ found: 2, new: 2 });
    items = ["/a", "/b", "/c"];
    const second = await runSchedule(ctx(), schedule.id, "manual");
    expect(second.counts).toMatchObject({ found: 3, new: 1, duplicate: 2 });

    const links = await prisma.scheduleArticle.findMany({ where: { scheduleId: schedule.id } });
    expect(links).toHaveLength(3);
    expect(links.filter((l) => l.runId === first.runId).map((l) => l.isNew)).toEqual([true, true]);

    // One of the first run's articles fails to fetch.
    const failed = links.find((l) => l.runId === first.runId);
    await prisma.article.update({ where: { id: failed?.articleId ?? "" }, data: { status: "failed" } });
    const history = await runHistory(prisma, schedule.id);
    expect(history.map((r) => r.id)).toEqual([second.runId, first.runId]);
    expect(history[1]?.outcome).toEqual({ added: 2, fetched: 0, pending: 1, failed: 1 });
    expect(history[0]?.outcome).toEqual({ added: 1, fetched: 0, pending: 1, failed: 0 });
  });
});

describe("OPML", () => {
  const opml = (urls: { url: string; title?: string }[]) =>
    `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body><outline text="News">${urls
      .map((u) => `<outline type="rss" text="${u.title ?? ""}" xmlUrl="${u.url}"/>`)
      .join("")}</outline></body></opml>`;

  it("subscribes to each feed once, named after its outline, and exports them back", async () => {
    const file = opml([
      { url: "https://example.org/world.xml", title: "World news" },
      { url: "https://example.org/tech.xml", title: "Tech" },
      { url: "ftp://example.org/old.xml", title: "Old" },
    ]);
    const first = await importOpml(prisma, producer, file, { intervalSeconds: 7200 });
    expect(first.created.map((c) => c.name)).toEqual(["World news", "Tech"]);
    expect(first.invalid).toEqual([{ url: "ftp://example.org/old.xml", reason: "not an http(s) address" }]);
    const again = await importOpml(prisma, producer, file);
    expect(again.created).toEqual([]);
    expect(again.existing.map((e) => e.url)).toEqual([
      "https://example.org/world.xml",
      "https://example.org/tech.xml",
    ]);
    const schedules = await prisma.schedule.findMany({ where: { kind: "feed" } });
    expect(schedules.map((s) => s.intervalSeconds)).toEqual([7200, 7200]);

    const exported = await exportOpml(prisma);
    expect(exported).toContain('xmlUrl="https://example.org/world.xml"');
    expect(exported).toContain('text="Tech"');
  });

  it("refuses a file with no feeds, saving nothing", async () => {
    await expect(importOpml(prisma, producer, opml([]))).rejects.toThrow(OpmlImportError);
    expect(await prisma.schedule.count()).toBe(0);
  });
});
