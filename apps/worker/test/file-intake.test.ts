// The worker process end to end on file intake: documents submitted to Postgres become extracted
// articles with versions; a Redis flush loses nothing; SIGTERM shuts down cleanly.
import { prisma } from "@tidemark/db";
import { submitDocuments } from "@tidemark/intake";
import { Producer } from "@tidemark/queue";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { waitUntil } from "./support/wait.ts";
import { startWorker, type WorkerProcess } from "./support/worker-process.ts";

const producer = new Producer();
let worker: WorkerProcess | undefined;
const flushRedis = resetTestRedis;

const TEXT =
  "Huawei pushes into Europe\n\nHuawei said on Monday it would open a new plant in France.\n\nThe company faces scrutiny over 5G networks.";
const HTML = `<!doctype html><html lang="en"><head><title>TikTok sale talks | Example News</title>
<meta property="og:site_name" content="Example News"></head><body><nav>Home | World</nav>
<article><h1>TikTok sale talks</h1><p>${"ByteDance is weighing offers for TikTok's US business as the deadline nears. ".repeat(4)}</p>
<p>${"Negotiators met again in Washington on Tuesday, people familiar with the matter said. ".repeat(3)}</p></article>
<footer>Copyright Example News</footer></body></html>`;

const statuses = async () =>
  (await prisma.article.findMany({ select: { status: true } })).map((a) => a.status);

beforeEach(async () => {
  await truncateAllTables(prisma);
  await flushRedis();
});
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

describe("worker on file intake", () => {
  it("extracts stored text and HTML documents into articles with one version each", async () => {
    worker = await startWorker();
    await submitDocuments(prisma, producer, [
      {
        key: "t/huawei.txt",
        content: TEXT,
        format: "text",
        hints: { publishedAt: "2020-05-01", siteName: "Wire" },
      },
      { key: "t/tiktok.html", content: HTML, format: "html", url: "https://news.example.com/tiktok-sale" },
    ]);
    await waitUntil(statuses, (s) => s.length === 2 && s.every((x) => x === "extracted"));

    const text = await prisma.article.findFirstOrThrow({
      where: { filePath: "t/huawei.txt" },
      include: { source: true },
    });
    expect(text.title).toBe("Huawei pushes into Europe");
    expect(text.text).toContain("open a new plant in France.\n\nThe company");
    expect(text.publishedAt?.toISOString()).toBe("2020-05-01T12:00:00.000Z");
    expect(text.publishedAtSource).toBe("manifest");
    expect(text.source?.key).toBe("name:wire");

    const html = await prisma.article.findFirstOrThrow({
      where: { filePath: "t/tiktok.html" },
      include: { source: true },
    });
    expect(html.title).toBe("TikTok sale talks");
    expect(html.text).toContain("ByteDance is weighing offers");
    expect(html.text).not.toContain("Copyright Example News");
    expect(html.source?.domain).toBe("news.example.com");
    expect(await prisma.articleVersion.count()).toBe(2);
  });

  it("loses nothing when Redis is flushed before a worker runs: the startup reconcile re-enqueues", async () => {
    await submitDocuments(prisma, producer, [{ key: "t/a.txt", content: TEXT, format: "text" }]);
    await flushRedis();
    worker = await startWorker();
    await waitUntil(statuses, (s) => s[0] === "extracted");
    expect(worker.logs.some((l) => l.msg === "startup reconcile" && l.requeued === 1)).toBe(true);
  });

  it("shuts down cleanly on SIGTERM and again on SIGINT", async () => {
    const first = await startWorker();
    expect(await first.stop("SIGTERM")).toBe(0);
    expect(first.logs.some((l) => l.msg === "shutdown complete")).toBe(true);
    const second = await startWorker();
    expect(await second.stop("SIGINT")).toBe(0);
  });
});
