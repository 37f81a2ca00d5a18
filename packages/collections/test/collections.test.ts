// Source collections as Media Cloud users build them: from a pasted list of addresses (unknown
// outlets created, bad lines refused by line), from a CSV of many collections, with a source in
// several collections, and referred to by id or slug.
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  CollectionCsvError,
  CollectionError,
  changeMembers,
  collectionDetail,
  collectionSourceIds,
  createCollection,
  importCollectionsCsv,
  listCollections,
  parseDomainList,
  resolveCollectionRefs,
} from "../src/index.ts";

beforeEach(async () => {
  await truncateAllTables(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("pasted lists", () => {
  it("reads hosts and URLs, one per line or separated, each once", () => {
    expect(
      parseDomainList(
        "nytimes.com\nhttps://www.washingtonpost.com/politics/x, apnews.com; NYTimes.com\n# a comment\nnot a host!",
      ),
    ).toEqual({
      domains: ["nytimes.com", "washingtonpost.com", "apnews.com"],
      invalid: [
        { line: 4, value: "not" },
        { line: 4, value: "a" },
        { line: 4, value: "host!" },
      ],
    });
  });
});

describe("collections", () => {
  it("creates a collection from a pasted list, adding outlets Tidemark has not seen yet", async () => {
    await prisma.source.create({ data: { key: "apnews.com", domain: "apnews.com", name: "AP" } });
    const saved = await createCollection(prisma, {
      name: "US national",
      country: "us",
      kind: "national",
      domains: "apnews.com\nhttps://www.nytimes.com/section",
    });
    expect(saved).toMatchObject({ slug: "us-national", added: 2 });
    const detail = await collectionDetail(prisma, saved.id);
    expect(detail?.country).toBe("US");
    expect(detail?.sources.map((s) => s.key)).toEqual(["apnews.com", "nytimes.com"]);
    // A second collection with the same name gets its own slug.
    expect((await createCollection(prisma, { name: "US national" })).slug).toBe("us-national-2");
  });

  it("refuses a list with bad entries, naming their lines, and saves nothing", async () => {
    await expect(createCollection(prisma, { name: "Bad", domains: "apnews.com\nnope" })).rejects.toThrow(
      /line 2: "nope"/,
    );
    expect(await prisma.sourceCollection.count()).toBe(0);
  });

  it("lets a source belong to several collections, and adds and removes members", async () => {
    const wire = await createCollection(prisma, { name: "Wires", domains: "apnews.com reuters.com" });
    const us = await createCollection(prisma, { name: "US", domains: "apnews.com" });
    const ap = await prisma.source.findUniqueOrThrow({ where: { key: "apnews.com" } });
    expect((await collectionSourceIds(prisma, [wire.id, us.id])).length).toBe(2);
    expect(await changeMembers(prisma, us.id, { add: { domains: "nytimes.com" }, remove: [ap.id] })).toEqual({
      added: 1,
      removed: 1,
    });
    expect((await listCollections(prisma)).map((c) => [c.name, c.sources])).toEqual([
      ["US", 1],
      ["Wires", 2],
    ]);
    await expect(changeMembers(prisma, us.id, { add: { sourceIds: [wire.id] } })).rejects.toThrow(
      CollectionError,
    );
  });

  it("is found by id or slug, and an unknown reference is refused by name", async () => {
    const wire = await createCollection(prisma, { name: "Wire services" });
    expect(await resolveCollectionRefs(prisma, ["wire-services", wire.id])).toEqual([wire.id, wire.id]);
    await expect(resolveCollectionRefs(prisma, ["state-media"])).rejects.toThrow(
      /No source collection “state-media”/,
    );
  });
});

describe("CSV", () => {
  it("creates several collections, extends an existing one, and reports bad rows by line", async () => {
    const existing = await createCollection(prisma, { name: "Trade press", domains: "fierce.example" });
    const result = await importCollectionsCsv(
      prisma,
      [
        "Collection,Domain,Country,Kind",
        "China state media,xinhuanet.com,CN,state-run",
        'China state media,"https://www.chinadaily.com.cn/",CN,state-run',
        "Trade press,lightreading.com,,trade",
        "Trade press,not a domain,,trade",
        ",globaltimes.cn,CN,state-run",
      ].join("\n"),
    );
    expect(result.collections.map((c) => [c.name, c.created, c.added])).toEqual([
      ["China state media", true, 2],
      ["Trade press", false, 1],
    ]);
    expect(result.invalid.map((i) => i.line)).toEqual([5, 6]);
    const china = await prisma.sourceCollection.findFirstOrThrow({ where: { name: "China state media" } });
    expect(china).toMatchObject({ country: "CN", kind: "state-run" });
    expect((await collectionDetail(prisma, existing.id))?.sourceCount).toBe(2);
  });

  it("refuses a file without collection and domain columns", async () => {
    await expect(importCollectionsCsv(prisma, "name\nfoo")).rejects.toThrow(CollectionCsvError);
  });
});
