// Voices through the API: top voices under filters with outlets, series and evidence; the quotes
// behind a voice; bad filters are a 400 naming the field; the quotes backfill is started by an
// editor (202, recorded in Postgres, job queued) and refused to a viewer.
import { prisma } from "@tidemark/db";
import { QUEUES } from "@tidemark/queue";
import { loadEntityMatchers, QUOTES_BACKFILL_JOB, storeArticleQuotes } from "@tidemark/voices";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getBackfill, POST as startBackfill } from "@/app/api/voices/backfill/route";
import { GET as getQuotes } from "@/app/api/voices/quotes/route";
import { GET as getVoices } from "@/app/api/voices/route";
import { webProducer } from "@/lib/server/queue";
import { seedArticles } from "../support/articles";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
  const ids = await seedArticles([
    {
      title: "Tariffs",
      source: "a.example",
      publishedAt: "2024-03-04T10:00:00Z",
      text: "Tariffs rose.\n\n“We will not back down on this,” said Senator Jane Doe.",
    },
    {
      title: "More tariffs",
      source: "b.example",
      publishedAt: "2024-03-12T10:00:00Z",
      text: "Tariffs again.\n\n“Farmers are paying the price today,” Jane Doe said.\n\n“It is a fair deal for everyone,” the White House said.",
    },
  ]);
  // As the worker stores them: with a content hash, which quotes are keyed by.
  await prisma.$executeRaw`UPDATE articles SET content_hash = md5(text)`;
  const matchers = await loadEntityMatchers(prisma);
  for (const id of ids) await storeArticleQuotes(prisma, id, matchers);
});

type Voices = {
  voices: {
    voiceKey: string;
    label: string;
    kind: string;
    quotes: number;
    latest: { quote: string; title: string };
  }[];
  byOutlet: { voiceKey: string; outlet: string; quotes: number }[];
  series: { voiceKey: string; bucket: string; quotes: number }[];
};

describe("voices API", () => {
  it("lists voices with outlets, series and the latest quote as evidence", async () => {
    const res = await call(getVoices, { path: "/api/voices?unit=week", as: { bearer: user.token } });
    expect(res.status).toBe(200);
    const body = await json<Voices>(res);
    expect(body.voices.map((v) => [v.label, v.kind, v.quotes])).toEqual([
      ["Jane Doe", "person", 2],
      ["White House", "organisation", 1],
    ]);
    expect(body.voices[0]?.latest).toMatchObject({
      quote: "“Farmers are paying the price today,”",
      title: "More tariffs",
    });
    expect(body.byOutlet.filter((o) => o.voiceKey === "name:jane doe").map((o) => o.outlet)).toEqual([
      "a.example",
      "b.example",
    ]);
    expect(body.series.filter((p) => p.voiceKey === "name:jane doe").map((p) => p.bucket)).toEqual([
      "2024-03-04",
      "2024-03-11",
    ]);

    const people = await json<Voices>(
      await call(getVoices, {
        path: "/api/voices?kind=organisation&from=2024-03-10",
        as: { bearer: user.token },
      }),
    );
    expect(people.voices.map((v) => v.label)).toEqual(["White House"]);
  });

  it("pages the quotes of one voice and rejects bad filters", async () => {
    const first = await json<{ quotes: { text: string; speakerRole: string | null }[]; next: string | null }>(
      await call(getQuotes, {
        path: "/api/voices/quotes?voice=name:jane%20doe&limit=1",
        as: { bearer: user.token },
      }),
    );
    expect(first.quotes.map((q) => q.text)).toEqual(["“Farmers are paying the price today,”"]);
    const second = await json<{ quotes: { speakerRole: string | null }[]; next: string | null }>(
      await call(getQuotes, {
        path: `/api/voices/quotes?voice=name:jane%20doe&limit=1&after=${encodeURIComponent(first.next ?? "")}`,
        as: { bearer: user.token },
      }),
    );
    expect(second.quotes.map((q) => q.speakerRole)).toEqual(["Senator"]);
    expect(second.next).toBeNull();

    const bad = await call(getVoices, { path: "/api/voices?kind=robot", as: { bearer: user.token } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await json(bad))).toMatch(/kind/);
    const backwards = await call(getVoices, {
      path: "/api/voices?from=2024-03-10&to=2024-03-01",
      as: { bearer: user.token },
    });
    expect(backwards.status).toBe(400);
  });

  it("starts the quotes backfill for editors only", async () => {
    const viewer = await createTestUser("viewer", "correct horse 2", { role: "viewer" });
    const refused = await call(startBackfill, {
      method: "POST",
      path: "/api/voices/backfill",
      as: { session: viewer },
      json: {},
    });
    expect(refused.status).toBe(403);
    const started = await call(startBackfill, {
      method: "POST",
      path: "/api/voices/backfill",
      as: { session: user },
      json: { force: true },
    });
    expect(started.status).toBe(202);
    expect(await json(started)).toMatchObject({ backfill: { status: "queued", force: true, total: 2 } });
    expect(await webProducer().hasLiveJob(QUEUES.themes, QUOTES_BACKFILL_JOB)).toBe(true);
    const state = await json(
      await call(getBackfill, { path: "/api/voices/backfill", as: { bearer: user.token } }),
    );
    expect(state).toMatchObject({ backfill: { status: "queued" } });
  });
});
