// Alerts end to end against real Postgres, a local HTTP server (webhooks) and a local SMTP sink:
// a new matching article is delivered once by webhook (signed) and e-mail, however often the
// worker evaluates; a failing webhook is retried with backoff and recorded; an hourly digest
// sends one message for a busy theme; a share rule fires when it crosses its threshold.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Db, prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { syncArticleCoverage } from "@tidemark/themes/coverage";
import { tagArticle } from "@tidemark/themes/tagging";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ANSWER_BYTES,
  evaluateAlerts,
  SIGNATURE_HEADER,
  sendDueDeliveries,
  sendTestAlert,
  signature,
  TIMESTAMP_HEADER,
} from "../src/index.ts";

interface Hook {
  headers: IncomingMessage["headers"];
  body: string;
}
const hooks: Hook[] = [];
let hookStatus = 200;
let server: Server;
let hookUrl: string;
/** The local receiver is a loopback address: deliveries reach it only through this exact allow-list. */
let hookHost: string;
const mails: string[] = [];
let smtp: SMTPServer;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString();
    });
    req.on("end", () => {
      hooks.push({ headers: req.headers, body });
      res.writeHead(hookStatus).end(hookStatus === 200 ? "ok" : "broken");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hookHost = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  hookUrl = `http://${hookHost}/hook`;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let data = "";
      stream.on("data", (c: Buffer) => {
        data += c.toString();
      });
      stream.on("end", () => {
        mails.push(data);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL_TEST = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => smtp.close(() => resolve(null)));
});
beforeEach(async () => {
  await truncateAllTables(prisma);
  hooks.length = 0;
  mails.length = 0;
  hookStatus = 200;
});

let n = 0;
async function theme(db: Db, definition: string): Promise<string> {
  n += 1;
  const t = await db.theme.create({ data: { name: `Theme ${n}`, slug: `theme-${n}` } });
  const v = await db.themeVersion.create({ data: { themeId: t.id, version: 1, definition } });
  await db.theme.update({ where: { id: t.id }, data: { currentVersionId: v.id, seriesVersionId: v.id } });
  return t.id;
}
async function article(db: Db, title: string, publishedAt = new Date()): Promise<string> {
  n += 1;
  const text = `${title}. Some more words for the body of this article.`;
  const a = await db.article.create({
    data: {
      submittedUrl: `https://news.example/${n}`,
      normalizedUrl: `https://news.example/${n}`,
      status: "extracted",
      title,
      text,
      contentHash: createHash("sha256").update(text).digest("hex"),
      publishedAt,
      publishedAtSource: "meta",
      fetchedAt: publishedAt,
    },
  });
  await db.$transaction((tx) => syncArticleCoverage(tx, a.id));
  await tagArticle(db, a.id);
  return a.id;
}

const smtpUrl = () => process.env.SMTP_URL_TEST as string;

describe("alerts", () => {
  it("delivers a new matching article once by signed webhook and by e-mail", async () => {
    const themeId = await theme(prisma, "huawei");
    const rule = await prisma.alertRule.create({
      data: {
        name: "Huawei news",
        kind: "new_article",
        themeId,
        webhookUrl: hookUrl,
        webhookSecret: "s3cret-key",
        emailTo: "analyst@example.com",
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    await article(prisma, "Huawei opens a plant");
    await article(prisma, "Weather is fine");
    expect(await evaluateAlerts(prisma)).toMatchObject({ rules: 1, events: 1, deliveries: 2 });
    expect(
      await sendDueDeliveries(prisma, new Date(), { smtpUrl: smtpUrl(), allowHosts: [hookHost] }),
    ).toEqual({
      sent: 2,
      retrying: 0,
      failed: 0,
    });

    expect(hooks).toHaveLength(1);
    const hook = hooks[0] as Hook;
    const ts = String(hook.headers[TIMESTAMP_HEADER]);
    expect(hook.headers[SIGNATURE_HEADER]).toBe(signature("s3cret-key", ts, hook.body));
    const payload = JSON.parse(hook.body);
    expect(payload).toMatchObject({ type: "tidemark.alert", rule: { id: rule.id, kind: "new_article" } });
    expect(payload.events.map((e: { title: string }) => e.title)).toEqual(["Huawei opens a plant"]);
    // The sentence that matched goes with the article (from the body).
    expect(payload.events[0].detail.evidence).toMatch(/Huawei opens a plant/);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/Subject: \[Tidemark\] Huawei news: Huawei opens a plant/);
    expect(mails[0]).toMatch(/To: analyst@example.com/);

    // Evaluating and sending again (a restart, a second worker) adds and sends nothing.
    expect(await evaluateAlerts(prisma)).toMatchObject({ events: 0, deliveries: 0 });
    expect(await sendDueDeliveries(prisma, new Date(), { allowHosts: [hookHost] })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    expect(hooks).toHaveLength(1);
    expect(mails).toHaveLength(1);
    const history = await prisma.alertDelivery.findMany({ orderBy: { channel: "asc" } });
    expect(history.map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ["email", "sent", 1],
      ["webhook", "sent", 1],
    ]);
  });

  it("retries a failing webhook with backoff and records each attempt", async () => {
    const themeId = await theme(prisma, "huawei");
    await prisma.alertRule.create({
      data: {
        name: "r",
        kind: "new_article",
        themeId,
        webhookUrl: hookUrl,
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    await article(prisma, "Huawei again");
    await evaluateAlerts(prisma);
    hookStatus = 500;
    expect(await sendDueDeliveries(prisma, new Date(), { allowHosts: [hookHost] })).toEqual({
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    const failed = await prisma.alertDelivery.findFirstOrThrow();
    expect(failed).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: "webhook answered HTTP 500 broken",
    });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // Not due yet: nothing is sent.
    expect(await sendDueDeliveries(prisma, new Date(), { allowHosts: [hookHost] })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    hookStatus = 200;
    expect(
      await sendDueDeliveries(prisma, new Date(Date.now() + 31_000), { allowHosts: [hookHost] }),
    ).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
    });
    expect(await prisma.alertDelivery.findFirstOrThrow()).toMatchObject({ status: "sent", attempts: 2 });
    expect(hooks).toHaveLength(2);
  });

  it("sends one hourly digest for a busy theme, in the Slack format", async () => {
    const themeId = await theme(prisma, "huawei");
    await prisma.alertRule.create({
      data: {
        name: "Digest",
        kind: "new_article",
        themeId,
        digest: "hourly",
        webhookUrl: hookUrl,
        webhookFormat: "slack",
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    for (const t of ["Huawei one", "Huawei two", "Huawei three"]) await article(prisma, t);
    expect(await evaluateAlerts(prisma)).toMatchObject({ events: 3, deliveries: 0 });
    // The hour is still open: nothing is batched yet.
    expect(await sendDueDeliveries(prisma, new Date(), { allowHosts: [hookHost] })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    const later = new Date(Date.now() + 3_600_000);
    expect(await evaluateAlerts(prisma, later)).toMatchObject({ deliveries: 1 });
    expect(await sendDueDeliveries(prisma, later, { allowHosts: [hookHost] })).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
    });
    expect(hooks).toHaveLength(1);
    const body = JSON.parse((hooks[0] as Hook).body);
    expect(Object.keys(body)).toEqual(["text"]);
    expect(body.text).toMatch(/^\*Digest: 3 alerts\*\n• Huawei one/);
  });

  it("fires a share rule when the share crosses its threshold, not every hour it stays above", async () => {
    const themeId = await theme(prisma, "huawei");
    await prisma.alertRule.create({
      data: {
        name: "share",
        kind: "share_above",
        themeId,
        threshold: 0.4,
        windowHours: 24,
        webhookUrl: hookUrl,
      },
    });
    await article(prisma, "Weather one");
    await article(prisma, "Weather two");
    await article(prisma, "Huawei news");
    expect(await evaluateAlerts(prisma)).toMatchObject({ events: 0 });
    await article(prisma, "Huawei more");
    expect(await evaluateAlerts(prisma)).toMatchObject({ events: 1 });
    expect((await prisma.alertEvent.findFirstOrThrow()).title).toMatch(
      /rose above 40.0%: 50.0% of 4 articles/,
    );
    expect(await evaluateAlerts(prisma, new Date(Date.now() + 3_600_000))).toMatchObject({ events: 0 });
  });

  it("sends a test message and records it in the history, including a failure", async () => {
    const themeId = await theme(prisma, "huawei");
    const rule = await prisma.alertRule.create({
      data: { name: "t", kind: "new_article", themeId, webhookUrl: hookUrl, emailTo: "a@example.com" },
    });
    const results = await sendTestAlert(prisma, rule.id, { smtpUrl: undefined, allowHosts: [hookHost] });
    expect(results.map((r) => [r.channel, r.status])).toEqual([
      ["webhook", "sent"],
      ["email", "failed"],
    ]);
    expect(results[1]?.error).toMatch(/SMTP_URL/);
    expect(JSON.parse((hooks[0] as Hook).body)).toMatchObject({ type: "tidemark.alert.test" });
    expect(await prisma.alertDelivery.count()).toBe(2);
  });

  it("never posts to a private address the allow-list does not name, and keeps none of its answer", async () => {
    const themeId = await theme(prisma, "huawei");
    const internal = [
      hookUrl, // loopback, not allow-listed in this call
      "http://169.254.169.254/latest/meta-data/", // cloud metadata
      "http://10.0.0.7:8080/admin",
      "http://[::1]:9/x",
    ];
    for (const [i, url] of internal.entries()) {
      const rule = await prisma.alertRule.create({
        data: { name: `internal ${i}`, kind: "new_article", themeId, webhookUrl: url },
      });
      const [result] = await sendTestAlert(prisma, rule.id);
      expect(result).toMatchObject({ channel: "webhook", status: "failed", response: null });
      expect(result?.error).toMatch(
        /webhook unreachable: The address .+ is .+public internet.+TIDEMARK_FETCH_ALLOW_HOSTS/,
      );
    }
    expect(hooks).toHaveLength(0);
    const recorded = await prisma.alertDelivery.findMany({ select: { status: true, response: true } });
    expect(recorded).toHaveLength(internal.length);
    expect(recorded.every((d) => d.status === "failed" && d.response === null)).toBe(true);
  });

  it("reads only the start of a receiver's answer", async () => {
    const themeId = await theme(prisma, "huawei");
    const big = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(5_000_000));
    });
    await new Promise<void>((resolve) => big.listen(0, "127.0.0.1", resolve));
    try {
      const host = `127.0.0.1:${(big.address() as AddressInfo).port}`;
      const rule = await prisma.alertRule.create({
        data: { name: "big", kind: "new_article", themeId, webhookUrl: `http://${host}/` },
      });
      const [result] = await sendTestAlert(prisma, rule.id, { allowHosts: [host] });
      expect(result?.status).toBe("sent");
      expect(result?.response).toBe(`HTTP 200 ${"x".repeat(ANSWER_BYTES)}`);
    } finally {
      big.closeAllConnections();
      await new Promise((resolve) => big.close(resolve));
    }
  });
});
