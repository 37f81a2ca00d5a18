// Stories and copies over the API: list (with the outlet filter and a bad cursor), one story,
// an article's copies; unknown ids are 404s and every route needs a login.
import { prisma } from "@tidemark/db";
import { groupArticle } from "@tidemark/stories";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as copies } from "@/app/api/articles/[id]/copies/route";
import { GET as story } from "@/app/api/stories/[id]/route";
import { GET as stories } from "@/app/api/stories/route";
import { seedArticles } from "../support/articles";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
});

const WIRE = `The European Commission on Tuesday fined the chipmaker Qualcomm 242 million euros for selling
its 3G baseband chipsets below cost to drive the British start-up Icera out of the market, the second
antitrust penalty against the American company in two years. Commissioner Margrethe Vestager said
Qualcomm had sold the chipsets below cost to Huawei and ZTE between 2009 and 2011.`;

async function grouped(): Promise<string[]> {
  const ids = await seedArticles([
    { title: "EU fines Qualcomm", text: WIRE, publishedAt: "2024-03-05T08:00:00Z", source: "wire.example" },
    {
      title: "Qualcomm fined",
      text: `Subscribe now. ${WIRE} Share this.`,
      publishedAt: "2024-03-05T10:00:00Z",
      source: "post.example",
    },
  ]);
  await prisma.$executeRaw`UPDATE articles SET content_hash = md5(text), tagged_hash = md5(text)`;
  for (const id of ids) expect((await groupArticle(prisma, id)).outcome).toBe("grouped");
  return ids;
}

describe("stories API", () => {
  it("lists stories, shows one, and lists an article's copies", async () => {
    const [first, second] = await grouped();
    const list = await call(stories, { path: "/api/stories?minOutlets=2", as: { bearer: user.token } });
    expect(list.status).toBe(200);
    const body = await json<{
      stories: { id: string; outletCount: number; familyCount: number }[];
      nextCursor: string | null;
    }>(list);
    expect(body.stories).toHaveLength(1);
    expect(body.stories[0]).toMatchObject({ outletCount: 2, familyCount: 1 });
    expect(body.nextCursor).toBeNull();

    const detail = await call(story, {
      path: `/api/stories/${body.stories[0]?.id}`,
      params: { id: body.stories[0]?.id ?? "" },
      as: { bearer: user.token },
    });
    const { story: s } = await json<{ story: { members: { id: string; familyHead: boolean }[] } }>(detail);
    expect(s.members.map((m) => [m.id, m.familyHead])).toEqual([
      [first, true],
      [second, false],
    ]);

    const c = await call(copies, {
      path: `/api/articles/${second}/copies`,
      params: { id: second ?? "" },
      as: { bearer: user.token },
    });
    const grouping = await json<{ copies: { id: string; head: boolean }[]; grouped: boolean }>(c);
    expect(grouping.copies.map((x) => x.id)).toEqual([first, second]);
    expect(grouping.grouped).toBe(true);
  });

  it("answers a bad cursor with 400, an unknown story with 404, and no login with 401", async () => {
    expect(
      (await call(stories, { path: "/api/stories?cursor=nonsense", as: { bearer: user.token } })).status,
    ).toBe(400);
    const id = "01900000-0000-7000-8000-000000000000";
    expect(
      (await call(story, { path: `/api/stories/${id}`, params: { id }, as: { bearer: user.token } })).status,
    ).toBe(404);
    expect((await call(stories, { path: "/api/stories" })).status).toBe(401);
  });
});
