// Alert rules through the API: created and validated (a rule without a channel or subject is a
// 400 naming the field), the secret never returned, edited, tested (a loopback webhook is refused by
// the SSRF guard, the attempt recorded in the history), deleted; viewers can read but not create.
// Rules on a search query: a syntax error is a 400 on the query field and nothing is saved.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { prisma } from "@tidemark/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteRule, PATCH as patchRule } from "@/app/api/alerts/[id]/route";
import { POST as testRule } from "@/app/api/alerts/[id]/test/route";
import { GET as history } from "@/app/api/alerts/deliveries/route";
import { POST as createRule, GET as listRules } from "@/app/api/alerts/route";
import { POST as createTheme } from "@/app/api/themes/route";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let server: Server;
let hookUrl: string;
const bodies: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString();
    });
    req.on("end", () => {
      bodies.push(body);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

let user: TestUser;
let themeId: string;
beforeEach(async () => {
  user = await createTestUser();
  const created = await call(createTheme, {
    method: "POST",
    path: "/api/themes",
    as: { bearer: user.token },
    json: { name: "Huawei", definition: "huawei" },
  });
  themeId = (await json<{ theme: { themeId: string } }>(created)).theme.themeId;
});

describe("alerts API", () => {
  it("creates, validates, edits, tests and deletes a rule", async () => {
    const bad = await call(createRule, {
      method: "POST",
      path: "/api/alerts",
      as: { bearer: user.token },
      json: { name: "No channel", kind: "new_article", themeId },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await json(bad))).toMatch(/webhook URL, an e-mail address, or both/);

    // A loopback receiver that TIDEMARK_FETCH_ALLOW_HOSTS does not name is refused when saved,
    // on the webhookUrl field, with what to do about it.
    const loopback = await call(createRule, {
      method: "POST",
      path: "/api/alerts",
      as: { bearer: user.token },
      json: { name: "Local", kind: "new_article", themeId, webhookUrl: hookUrl },
    });
    expect(loopback.status).toBe(400);
    const refusal = await json<{ error: { issues: { path: string[]; message: string }[] } }>(loopback);
    expect(refusal.error.issues).toHaveLength(1);
    expect(refusal.error.issues[0]?.path).toEqual(["webhookUrl"]);
    expect(refusal.error.issues[0]?.message).toMatch(
      /127\.0\.0\.1 is a loopback.*public internet.*TIDEMARK_FETCH_ALLOW_HOSTS/,
    );

    const created = await call(createRule, {
      method: "POST",
      path: "/api/alerts",
      as: { bearer: user.token },
      json: {
        name: "Huawei",
        kind: "new_article",
        themeId,
        webhookUrl: "https://hooks.example.com/tidemark",
        webhookSecret: "a-long-secret",
      },
    });
    expect(created.status).toBe(201);
    const { rule } = await json<{ rule: { id: string; hasWebhookSecret: boolean; webhookSecret?: string } }>(
      created,
    );
    expect(rule.hasWebhookSecret).toBe(true);
    expect(rule.webhookSecret).toBeUndefined();

    const params = { id: rule.id };
    const share = await call(patchRule, {
      method: "PATCH",
      path: `/api/alerts/${rule.id}`,
      as: { bearer: user.token },
      params,
      json: { kind: "share_above" },
    });
    expect(share.status).toBe(400);
    expect(JSON.stringify(await json(share))).toMatch(/threshold/);
    const digest = await call(patchRule, {
      method: "PATCH",
      path: `/api/alerts/${rule.id}`,
      as: { bearer: user.token },
      params,
      json: { digest: "daily" },
    });
    expect(await json(digest)).toMatchObject({ rule: { digest: "daily" } });

    const toLoopback = await call(patchRule, {
      method: "PATCH",
      path: `/api/alerts/${rule.id}`,
      as: { bearer: user.token },
      params,
      json: { webhookUrl: hookUrl },
    });
    expect(toLoopback.status).toBe(400);
    expect(JSON.stringify(await json(toLoopback))).toMatch(/TIDEMARK_FETCH_ALLOW_HOSTS/);

    // A rule saved while its receiver was allowed (or whose host name resolves to loopback) is
    // refused at connect time: the test send is stopped by the fetcher's SSRF guard before a byte
    // leaves, recorded as failed without an answer, and says how to allow the receiver.
    // (Successful deliveries to an allow-listed receiver are covered in @tidemark/alerts.)
    await prisma.alertRule.update({ where: { id: rule.id }, data: { webhookUrl: hookUrl } });
    const tested = await call(testRule, {
      method: "POST",
      path: `/api/alerts/${rule.id}/test`,
      as: { bearer: user.token },
      params,
    });
    const result = await json<{
      results: { channel: string; status: string; response: string | null; error: string }[];
    }>(tested);
    expect(result.results).toMatchObject([{ channel: "webhook", status: "failed", response: null }]);
    expect(result.results[0]?.error).toMatch(/127\.0\.0\.1 is .*public internet.*TIDEMARK_FETCH_ALLOW_HOSTS/);
    expect(bodies).toHaveLength(0);
    const sent = await json<{ deliveries: { status: string; rule: { name: string } }[] }>(
      await call(history, { path: "/api/alerts/deliveries", as: { bearer: user.token } }),
    );
    expect(sent.deliveries.map((d) => [d.rule.name, d.status])).toEqual([["Huawei", "failed"]]);

    const viewer = await createTestUser("viewer", "correct horse 2", { role: "viewer" });
    expect((await call(listRules, { path: "/api/alerts", as: { bearer: viewer.token } })).status).toBe(200);
    const refused = await call(createRule, {
      method: "POST",
      path: "/api/alerts",
      as: { bearer: viewer.token },
      json: { name: "x", kind: "new_article", themeId, webhookUrl: hookUrl },
    });
    expect(refused.status).toBe(403);
    const deleted = await call(deleteRule, {
      method: "DELETE",
      path: `/api/alerts/${rule.id}`,
      as: { bearer: user.token },
      params,
    });
    expect(deleted.status).toBe(200);
  });

  it("creates a rule on a search query, refuses a query with a syntax error, and re-reads after a query edit", async () => {
    const collection = await prisma.sourceCollection.create({ data: { slug: "wires", name: "Wires" } });
    const post = (body: Record<string, unknown>) =>
      call(createRule, { method: "POST", path: "/api/alerts", as: { bearer: user.token }, json: body });
    const base = { name: "Huawei bans", kind: "new_article", emailTo: "desk@example.com" };

    const broken = await post({ ...base, query: "huawei AND (ban OR sanctions" });
    expect(broken.status).toBe(400);
    const refusal = await json<{ error: { issues: { path: string[]; message: string }[] } }>(broken);
    expect(refusal.error.issues.map((i) => i.path)).toEqual([["query"]]);
    expect(refusal.error.issues[0]?.message).toMatch(/column \d+/);
    // Search syntax from elsewhere is refused with the fix, not read literally.
    const foreign = await post({ ...base, query: "huawei -ban" });
    expect(foreign.status).toBe(400);
    expect(JSON.stringify(await json(foreign))).toMatch(/NOT ban/);
    expect(await prisma.alertRule.count()).toBe(0);

    expect((await post({ ...base, query: "huawei", themeId })).status).toBe(400);
    expect((await post({ ...base, kind: "story_outlets", threshold: 3, query: "huawei" })).status).toBe(400);

    const created = await post({
      ...base,
      kind: "spike",
      query: "huawei NEAR/3 ban",
      collectionId: collection.id,
    });
    expect(created.status).toBe(201);
    const { rule } = await json<{ rule: { id: string; query: string; collectionId: string; themeId: null } }>(
      created,
    );
    expect(rule).toMatchObject({ query: "huawei NEAR/3 ban", collectionId: collection.id, themeId: null });

    // The scan has read on and recorded matches; changing the query drops them and reads afresh.
    const article = await prisma.article.create({
      data: {
        submittedUrl: "https://n.example/1",
        normalizedUrl: "https://n.example/1",
        status: "extracted",
      },
    });
    const scannedAt = new Date();
    await prisma.alertRule.update({
      where: { id: rule.id },
      data: {
        scannedAt,
        scannedId: article.id,
        queryMatches: { create: { articleId: article.id, hour: scannedAt } },
      },
    });
    const params = { id: rule.id };
    const patch = (body: Record<string, unknown>) =>
      call(patchRule, {
        method: "PATCH",
        path: `/api/alerts/${rule.id}`,
        as: { bearer: user.token },
        params,
        json: body,
      });
    expect((await patch({ query: "huawei NEAR/" })).status).toBe(400);
    expect((await patch({ name: "Renamed" })).status).toBe(200);
    expect(await prisma.alertQueryMatch.count({ where: { ruleId: rule.id } })).toBe(1);
    expect((await patch({ query: "huawei NEAR/5 ban" })).status).toBe(200);
    const stored = await prisma.alertRule.findUniqueOrThrow({ where: { id: rule.id } });
    expect(stored).toMatchObject({ query: "huawei NEAR/5 ban", scannedAt: null, scannedId: null });
    expect(await prisma.alertQueryMatch.count({ where: { ruleId: rule.id } })).toBe(0);
  });
});
