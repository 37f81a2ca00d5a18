// "A story reaching N outlets": real articles from several outlets, tagged and grouped into a
// story by @tidemark/stories, fire once per story when the N-th outlet arrives — not before, not
// again when it grows, not twice when evaluations run concurrently or repeatedly, not for a story
// off the theme, and not for a story that had N outlets before the rule existed.
import { createHash } from "node:crypto";
import { type Db, prisma } from "@tidemark/db";
import { groupArticle } from "@tidemark/stories";
import { truncateAllTables } from "@tidemark/testing";
import { tagArticle } from "@tidemark/themes/tagging";
import { beforeEach, describe, expect, it } from "vitest";
import { alertRuleCreateSchema, evaluateAlerts } from "../src/index.ts";

beforeEach(async () => {
  await truncateAllTables(prisma);
});

/** A wire story (~150 words) and a copy of it as another site republishes it. */
const WIRE = `The European Commission on Tuesday fined the chipmaker Qualcomm 242 million euros for
selling its 3G baseband chipsets below cost to drive the British phone software start-up Icera out of
the market, the second antitrust penalty against the American company in two years. Competition
commissioner Margrethe Vestager said Qualcomm had sold the chipsets at a price below cost to key
customers Huawei and ZTE between 2009 and 2011, with the intention of eliminating a competitor.
Qualcomm said it would appeal the decision to the General Court in Luxembourg, arguing that the
commission had failed to consider the facts and that its pricing was lawful. Icera was acquired by
the graphics chip maker Nvidia in 2011 for 367 million dollars, and Nvidia later shut down the unit.
The fine amounts to 1.27 percent of Qualcomm's turnover in 2018, the commission said in a statement
released in Brussels on Tuesday morning.`;
const FLOOD = `Heavy rain flooded parts of southern Brazil over the weekend, forcing thousands of
residents of Porto Alegre from their homes as the Guaiba river rose to its highest level in decades.
The state governor declared an emergency and asked the federal government for helicopters and boats,
while volunteers brought food and water to shelters set up in schools and churches across the city.
Meteorologists warned that more storms were expected later in the week, and several highways into
the region remained closed by landslides on Monday afternoon according to the state road agency.`;
const copy = (text: string, site: string) =>
  `${site} — Subscribe to our newsletter for the latest news.\n${text}\nRead more from ${site}. Share this article.`;

let n = 0;
async function theme(db: Db, definition: string): Promise<string> {
  n += 1;
  const t = await db.theme.create({ data: { name: `Theme ${n}`, slug: `theme-${n}` } });
  const v = await db.themeVersion.create({ data: { themeId: t.id, version: 1, definition } });
  await db.theme.update({ where: { id: t.id }, data: { currentVersionId: v.id, seriesVersionId: v.id } });
  return t.id;
}

/** An article from `outlet`, extracted, tagged and grouped as the pipeline leaves it. */
async function told(outlet: string, title: string, body: string): Promise<string> {
  n += 1;
  const source = await prisma.source.upsert({
    where: { key: outlet },
    create: { key: outlet, domain: outlet, name: outlet },
    update: {},
  });
  const text = copy(body, outlet);
  const hash = createHash("sha256").update(`${title}\n${text}`).digest("hex");
  const url = `https://${outlet}/${n}`;
  const at = new Date(Date.now() - 60_000);
  const a = await prisma.article.create({
    data: {
      submittedUrl: url,
      normalizedUrl: url,
      status: "extracted",
      title,
      text,
      publishedAt: at,
      publishedAtSource: "meta",
      fetchedAt: at,
      sourceId: source.id,
      contentHash: hash,
      taggedHash: hash,
    },
  });
  await tagArticle(prisma, a.id);
  await groupArticle(prisma, a.id);
  return a.id;
}

async function storyOf(articleId: string): Promise<string> {
  const a = await prisma.article.findUniqueOrThrow({ where: { id: articleId }, select: { storyId: true } });
  expect(a.storyId).not.toBeNull();
  return a.storyId as string;
}

async function rule(themeId: string, outlets: number) {
  const input = alertRuleCreateSchema.parse({
    name: `Story on ${outlets} outlets`,
    kind: "story_outlets",
    themeId,
    threshold: outlets,
    emailTo: "desk@example.com",
  });
  return prisma.alertRule.create({ data: input });
}

const events = (ruleId: string) =>
  prisma.alertEvent.findMany({ where: { ruleId }, select: { key: true, title: true, detail: true } });

describe("story reaching N outlets", () => {
  it("fires once per story when the N-th outlet tells it, however evaluations interleave", async () => {
    const qualcomm = await theme(prisma, "qualcomm");
    const r = await rule(qualcomm, 3);
    const first = await told("wire.example", "EU fines Qualcomm 242 million euros", WIRE);
    await told("daily.example", "Qualcomm fined by Brussels", WIRE);
    // Two outlets, and a flood story from three outlets that the theme does not match.
    for (const site of ["a.example", "b.example", "c.example"])
      await told(site, "Floods in southern Brazil", FLOOD);
    await evaluateAlerts(prisma);
    expect(await events(r.id)).toEqual([]);

    await told("herald.example", "Qualcomm to appeal EU fine", WIRE);
    const storyId = await storyOf(first);
    expect(
      (await prisma.story.findUniqueOrThrow({ where: { id: storyId } })).outletCount,
      "the copies were grouped into one story",
    ).toBe(3);
    // Concurrent and repeated passes record the finding once and create one delivery.
    await Promise.all([evaluateAlerts(prisma), evaluateAlerts(prisma), evaluateAlerts(prisma)]);
    await evaluateAlerts(prisma);
    const fired = await events(r.id);
    expect(fired.map((e) => e.key)).toEqual([`story:${storyId}`]);
    expect(fired[0]?.title).toMatch(/^A story reached 3 outlets: /);
    expect(fired[0]?.detail).toMatchObject({ storyId, outlets: 3 });
    expect(await prisma.alertDelivery.count({ where: { ruleId: r.id } })).toBe(1);

    // A fourth outlet grows the story; it has already been reported.
    await told("gazette.example", "Qualcomm fine: what it means", WIRE);
    await evaluateAlerts(prisma);
    expect((await events(r.id)).map((e) => e.key)).toEqual([`story:${storyId}`]);
  });

  it("does not report a story that had N outlets before the rule existed", async () => {
    const qualcomm = await theme(prisma, "qualcomm");
    for (const site of ["one.example", "two.example", "three.example"])
      await told(site, "EU fines Qualcomm", WIRE);
    const r = await rule(qualcomm, 3);
    await told("four.example", "EU fines Qualcomm again", WIRE); // the story is regrouped after the rule
    await evaluateAlerts(prisma);
    expect(await events(r.id)).toEqual([]);
    // A rule asking for 4 outlets sees the fourth arrive after it was created.
    const four = await rule(qualcomm, 4);
    await prisma.alertRule.update({ where: { id: four.id }, data: { createdAt: r.createdAt } });
    await evaluateAlerts(prisma);
    expect((await events(four.id)).map((e) => e.key)).toHaveLength(1);
  });

  it("asks for a whole number of outlets, at least 2", () => {
    const base = { name: "x", kind: "story_outlets", themeId: crypto.randomUUID(), emailTo: "a@example.com" };
    for (const threshold of [null, 1, 2.5]) {
      const result = alertRuleCreateSchema.safeParse({ ...base, threshold });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path)).toEqual([["threshold"]]);
    }
    expect(alertRuleCreateSchema.safeParse({ ...base, threshold: 5 }).success).toBe(true);
  });
});
