// Alert rules on a search query, against real Postgres and a local webhook receiver: the theme
// query language's exact matcher decides (a tsquery-prefilter candidate that is not a true match
// is not reported), the collection filter holds, articles extracted before the rule are not news,
// each match is delivered once with its evidence sentence, the scan is bounded per run and reads
// on from its cursor, and a spike rule fires once when the window's matches jump.
import { createHash } from "node:crypto";
import { type Db, prisma } from "@tidemark/db";
import { type FixtureServer, startFixtureServer, truncateAllTables } from "@tidemark/testing";
import { syncArticleCoverage } from "@tidemark/themes/coverage";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  alertRuleCreateSchema,
  buildMessage,
  evaluateAlerts,
  SETTLE_MS,
  scanQuery,
  sendDueDeliveries,
} from "../src/index.ts";

const bodies: string[] = [];
let receiver: FixtureServer;
beforeAll(async () => {
  receiver = await startFixtureServer({
    "/hook": async (req, res) => {
      let body = "";
      for await (const chunk of req) body += String(chunk);
      bodies.push(body);
      res.writeHead(200).end("ok");
    },
  });
});
afterAll(() => receiver.close());
beforeEach(async () => {
  await truncateAllTables(prisma);
  bodies.length = 0;
});

/** Evaluations run as if a little later, so the articles just stored have settled. */
const settled = () => new Date(Date.now() + SETTLE_MS + 5_000);
const HOUR = 3_600_000;

let n = 0;
async function source(db: Db, key: string): Promise<string> {
  return (await db.source.create({ data: { key, domain: key, name: key } })).id;
}
async function article(
  db: Db,
  input: { title: string; text: string; sourceId?: string; publishedAt?: Date; fetchedAt?: Date },
): Promise<string> {
  n += 1;
  const publishedAt = input.publishedAt ?? new Date();
  const a = await db.article.create({
    data: {
      submittedUrl: `https://news.example/q${n}`,
      normalizedUrl: `https://news.example/q${n}`,
      status: "extracted",
      title: input.title,
      text: input.text,
      sourceId: input.sourceId ?? null,
      contentHash: createHash("sha256").update(input.text).digest("hex"),
      publishedAt,
      publishedAtSource: "meta",
      fetchedAt: input.fetchedAt ?? new Date(),
    },
  });
  await db.$transaction((tx) => syncArticleCoverage(tx, a.id));
  return a.id;
}

describe("query alert rules", () => {
  it("reports each new exact match in the collection once, with its evidence sentence", async () => {
    const wire = await source(prisma, "wire.example");
    const local = await source(prisma, "local.example");
    const collection = await prisma.sourceCollection.create({
      data: { slug: "wires", name: "Wires", members: { create: [{ sourceId: wire }] } },
    });
    // Extracted before the rule existed: not news for it.
    await article(prisma, {
      title: "Old story",
      text: "Huawei faced a ban near its plant last year.",
      sourceId: wire,
      fetchedAt: new Date(Date.now() - 2 * HOUR),
    });
    const rule = await prisma.alertRule.create({
      data: {
        name: "Huawei bans",
        kind: "new_article",
        query: "huawei NEAR/3 ban",
        collectionId: collection.id,
        webhookUrl: receiver.url("/hook"),
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    const hit = await article(prisma, {
      title: "Trade news",
      text: "Markets were calm. Washington widened the Huawei export ban on Tuesday. Shares fell.",
      sourceId: wire,
    });
    // Both words, so the prefilter lets it through, but not within three words: no match.
    await article(prisma, {
      title: "Huawei results",
      text: "Huawei sold more phones this quarter than analysts had expected from the company, and a ban was not discussed.",
      sourceId: wire,
    });
    // A match from an outlet outside the collection.
    await article(prisma, { title: "Local view", text: "The Huawei ban hurts shops here.", sourceId: local });

    // Just stored: left for a later evaluation.
    expect(await evaluateAlerts(prisma)).toMatchObject({ events: 0 });
    expect(await evaluateAlerts(prisma, settled())).toMatchObject({ events: 1, deliveries: 1 });
    expect(await evaluateAlerts(prisma, settled())).toMatchObject({ events: 0, deliveries: 0 });
    const stored = await prisma.alertRule.findUniqueOrThrow({ where: { id: rule.id } });
    expect(stored.scannedAt).not.toBeNull();

    expect(await sendDueDeliveries(prisma, new Date(), { allowHosts: [receiver.hostPort] })).toMatchObject({
      sent: 1,
    });
    expect(bodies).toHaveLength(1);
    const payload = JSON.parse(bodies[0] as string);
    expect(payload.events).toHaveLength(1);
    const event = payload.events[0];
    expect(event.key).toBe(`article:${hit}`);
    expect(event.detail.outlet).toBe("wire.example");
    expect(event.detail.evidence).toMatch(/Huawei export ban/);
    expect(event.detail.evidence).not.toMatch(/Markets|Shares/);
    // Slack and e-mail quote it under the article too.
    const message = buildMessage(rule, "b", "d", [{ ...event, occurredAt: new Date(event.occurredAt) }]);
    expect(message.slack.text).toContain(`“${event.detail.evidence}”`);
    expect(message.text).toContain(`“${event.detail.evidence}”`);
  });

  it("reads at most its bound per run and reads on from its cursor", async () => {
    const createdAt = new Date(Date.now() - 60_000);
    const rule = await prisma.alertRule.create({
      data: {
        name: "Sanctions",
        kind: "new_article",
        query: "sanctions",
        emailTo: "a@example.com",
        createdAt,
      },
    });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(await article(prisma, { title: `Sanctions, part ${i}`, text: `New sanctions, round ${i}.` }));
    await article(prisma, { title: "Weather", text: "Sunny all week." });
    const bounds = { page: 2, total: 3 };
    const first = await scanQuery(prisma, rule, settled(), bounds);
    expect(first.caughtUp).toBe(false);
    const second = await scanQuery(
      prisma,
      { ...rule, scannedAt: first.cursor.at, scannedId: first.cursor.id },
      settled(),
      bounds,
    );
    expect(second.caughtUp).toBe(true);
    const seen = [...first.matches, ...second.matches].map((m) => m.articleId);
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it("fires a spike once when the window's matches jump over the seven windows before", async () => {
    const rule = await prisma.alertRule.create({
      data: {
        name: "Chip spike",
        kind: "spike",
        query: "semiconductor*",
        windowHours: 1,
        threshold: 2,
        emailTo: "a@example.com",
      },
    });
    // Half past an hour after the settle time, so every article below sits in one coverage hour.
    const now = new Date(Math.ceil(settled().getTime() / HOUR) * HOUR + 30 * 60_000);
    // One match in an earlier hour (the baseline), four in the current one, and one that does not match.
    await article(prisma, {
      title: "Semiconductors",
      text: "Semiconductor plants expand.",
      publishedAt: new Date(now.getTime() - 3 * HOUR),
    });
    expect(await evaluateAlerts(prisma, now)).toMatchObject({ events: 0 });
    for (let i = 0; i < 4; i++)
      await article(prisma, {
        title: `Chips ${i}`,
        text: `A semiconductor shortage, day ${i}.`,
        publishedAt: new Date(now.getTime() - 60_000),
      });
    await article(prisma, { title: "Farming", text: "Wheat prices rise.", publishedAt: now });
    const later = new Date(now.getTime() + 1000);
    expect(await evaluateAlerts(prisma, later)).toMatchObject({ events: 1 });
    expect(await evaluateAlerts(prisma, later)).toMatchObject({ events: 0 });
    const [event] = await prisma.alertEvent.findMany({ where: { ruleId: rule.id } });
    expect(event?.detail).toMatchObject({ observed: 4, windowHours: 1 });
    expect(await prisma.alertQueryMatch.count({ where: { ruleId: rule.id } })).toBe(5);
  });

  it("a stored query that no longer parses fails its own rule only: the others are still evaluated", async () => {
    const broken = await prisma.alertRule.create({
      data: {
        name: "Broken",
        kind: "new_article",
        query: "huawei AND (ban",
        webhookUrl: receiver.url("/hook"),
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    const working = await prisma.alertRule.create({
      data: {
        name: "Huawei",
        kind: "new_article",
        query: "huawei",
        webhookUrl: receiver.url("/hook"),
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    await article(prisma, { title: "Huawei", text: "Huawei opened a store." });
    const summary = await evaluateAlerts(prisma, settled());
    expect(summary.failed.map((f) => f.ruleId)).toEqual([broken.id]);
    expect(summary.failed[0]?.error).toMatch(/query/i);
    expect(await prisma.alertEvent.count({ where: { ruleId: working.id } })).toBe(1);
  });

  it("refuses a query with a syntax error on the query field, with its column", () => {
    const result = alertRuleCreateSchema.safeParse({
      name: "Broken",
      kind: "new_article",
      query: "huawei AND (ban",
      emailTo: "a@example.com",
    });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path[0] === "query");
    expect(issue?.message).toMatch(/column/);
    const shareOnQuery = alertRuleCreateSchema.safeParse({
      name: "Share",
      kind: "share_above",
      threshold: 0.1,
      query: "huawei",
      emailTo: "a@example.com",
    });
    expect(shareOnQuery.error?.issues[0]?.path).toEqual(["query"]);
  });
});
