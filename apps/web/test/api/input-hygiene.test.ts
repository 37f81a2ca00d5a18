// Input hygiene at the boundary: control characters (NUL first) refused with a 400 in every JSON
// field, query and path; dates outside 1800–2200 refused with a 400; unknown JSON fields named;
// Origin: null refused; bodies capped; imports up to the documented 25 MB accepted and anything
// larger refused with a 413 that names the limit; every response tagged with a request id.
import { prisma } from "@tidemark/db";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as addArticles, GET as listArticles } from "@/app/api/articles/route";
import { POST as importFile } from "@/app/api/imports/route";
import { POST as createSchedule } from "@/app/api/schedules/route";
import { GET as series } from "@/app/api/series/route";
import { GET as spikes } from "@/app/api/spikes/route";
import { GET as terms } from "@/app/api/terms/route";
import { POST as createTheme } from "@/app/api/themes/route";
import { POST as createToken } from "@/app/api/tokens/route";
import { MAX_IMPORT_BYTES } from "@/lib/articles/import-form";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
});

type ErrorBody = { error: { code: string; message: string; details?: { fields?: string[] } } };

describe("control characters", () => {
  const nul = "\u0000";
  const cases: [string, Parameters<typeof call>[0], string, unknown][] = [
    ["a theme name", createTheme, "/api/themes", { name: `War${nul}`, query: "war" }],
    ["a schedule name", createSchedule, "/api/schedules", { name: `Nightly${nul}`, kind: "reingest" }],
    ["a token name", createToken, "/api/tokens", { name: `script${nul}` }],
    ["a URL", addArticles, "/api/articles", { urls: [`https://example.com/a${nul}b`] }],
    ["a key", createToken, "/api/tokens", { [`na${nul}me`]: "x" }],
    ["an escape character", createToken, "/api/tokens", { name: "bell\u0007" }],
  ];
  for (const [what, handler, path, body] of cases) {
    it(`refuses ${what} holding one with a 400`, async () => {
      const response = await call(handler, { method: "POST", path, as: { session: user }, json: body });
      expect(response.status).toBe(400);
      expect((await json<ErrorBody>(response)).error.code).toBe("invalid_characters");
    });
  }

  it("refuses one in a search query with a 400", async () => {
    const response = await call(listArticles, { path: "/api/articles?q=abc%00def", as: { session: user } });
    expect(response.status).toBe(400);
  });

  it("keeps tabs and newlines", async () => {
    const response = await call(createToken, {
      method: "POST",
      path: "/api/tokens",
      as: { session: user },
      json: { name: "with\ttab" },
    });
    expect(response.status).toBe(201);
  });

  it("strips them from an uploaded document instead of failing to store it", async () => {
    const form = new FormData();
    const csv = `title,text\n"Nul story","Before${nul}after, with enough words to be an article text."\n`;
    form.set("file", new File([csv], "docs.csv", { type: "text/csv" }));
    form.set("mode", "documents");
    form.set("textFields", "text");
    form.set("titleField", "title");
    const response = await call(importFile, {
      method: "POST",
      path: "/api/imports",
      as: { session: user },
      body: form,
    });
    expect(response.status).toBe(200);
    const body = await json<{ lines: { outcome: { outcome: string; articleId: string } }[] }>(response);
    expect(body.lines[0]?.outcome.outcome).toBe("created");
    const article = await prisma.article.findUniqueOrThrow({
      where: { id: body.lines[0]?.outcome.articleId },
    });
    expect(article.submittedContent).toContain("Beforeafter");
  });
});

describe("dates", () => {
  for (const [name, handler, path] of [
    ["series", series, "/api/series"],
    ["spikes", spikes, "/api/spikes"],
    ["terms", terms, "/api/terms"],
  ] as const) {
    for (const date of ["9999-12-31", "0001-01-01", "1799-12-31", "2201-01-01"]) {
      it(`${name}: refuses from=${date} with a 400`, async () => {
        const response = await call(handler, { path: `${path}?from=${date}`, as: { session: user } });
        expect(response.status).toBe(400);
        expect((await json<ErrorBody>(response)).error.message).toContain("1800");
      });
    }
  }

  it("accepts the edges of the range", async () => {
    const theme = await prisma.theme.create({ data: { name: "Edge", slug: "edge" } });
    for (const range of ["from=1800-01-01&to=1800-02-28", "from=2200-11-01&to=2200-12-31"]) {
      const response = await call(series, {
        path: `/api/series?theme=${theme.id}&${range}&unit=month`,
        as: { session: user },
      });
      expect(response.status, await response.clone().text()).toBe(200);
    }
  });
});

describe("requests", () => {
  it("names unknown JSON fields in a 400", async () => {
    const response = await call(createToken, {
      method: "POST",
      path: "/api/tokens",
      as: { session: user },
      json: { name: "ok", admin: true, extra: 1 },
    });
    expect(response.status).toBe(400);
    const body = await json<ErrorBody>(response);
    expect(body.error.code).toBe("unknown_fields");
    expect(body.error.details?.fields?.sort()).toEqual(["admin", "extra"]);
    expect(body.error.message).toContain("admin");
  });

  it("refuses a cookie-authenticated mutation with Origin: null (403, not 500)", async () => {
    const response = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { session: user },
      headers: { origin: "null", host: "localhost" },
      json: { urls: ["https://example.com/a"] },
    });
    expect(response.status).toBe(403);
    expect(await prisma.article.count()).toBe(0);
  });

  it("refuses a JSON body over 1 MB with a 413", async () => {
    const response = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { session: user },
      json: { urls: [`https://example.com/${"a".repeat(1024 * 1024)}`] },
    });
    expect(response.status).toBe(413);
  });

  it("tags responses with a request id, reusing a sane incoming one", async () => {
    const fresh = await call(listArticles, { path: "/api/articles", as: { session: user } });
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const given = await call(listArticles, {
      path: "/api/articles",
      as: { session: user },
      headers: { "x-request-id": "proxy-abc-12345" },
    });
    expect(given.headers.get("x-request-id")).toBe("proxy-abc-12345");
  });
});

describe("imports", () => {
  function urlCsv(targetBytes: number): string {
    // Few rows, each padded: a large file that is cheap to import.
    const padding = "x".repeat(1024 * 1024);
    const rows = ["url,padding"];
    let size = rows[0]?.length ?? 0;
    for (let i = 0; size < targetBytes; i++) {
      const row = `https://example.com/story-${i},${padding}`;
      rows.push(row);
      size += row.length + 1;
    }
    return `${rows.join("\n")}\n`;
  }

  it("accepts a file over 10 MB and under the 25 MB limit", async () => {
    const form = new FormData();
    form.set("file", new File([urlCsv(12 * 1024 * 1024)], "big.csv", { type: "text/csv" }));
    const response = await call(importFile, {
      method: "POST",
      path: "/api/imports",
      as: { session: user },
      body: form,
    });
    expect(response.status).toBe(200);
    const body = await json<{ summary: { created: number } }>(response);
    expect(body.summary.created).toBeGreaterThan(10);
  });

  it("refuses a file over the limit with a 413 naming it", async () => {
    const form = new FormData();
    form.set("file", new File([urlCsv(MAX_IMPORT_BYTES + 1024 * 1024)], "huge.csv", { type: "text/csv" }));
    const response = await call(importFile, {
      method: "POST",
      path: "/api/imports",
      as: { session: user },
      body: form,
    });
    expect(response.status).toBe(413);
    expect((await json<ErrorBody>(response)).error.message).toContain("25 MB");
  });

  it("refuses a declared Content-Length over the limit before reading, naming the file limit", async () => {
    const request = new NextRequest("http://localhost/api/imports", {
      method: "POST",
      headers: {
        authorization: `Bearer ${user.token}`,
        "content-type": "multipart/form-data; boundary=xyz",
        "content-length": String(200 * 1024 * 1024),
        [CLIENT_ADDRESS_HEADER]: "192.0.2.1",
      },
      body: "--xyz--",
    });
    const response = await importFile(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect((await json<ErrorBody>(response)).error.message).toContain("25 MB");
  });

  it("stops reading a body that passes the limit without saying its length", async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(120);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk); // never closes: only the limit can end it
      },
    });
    const request = new NextRequest("http://localhost/api/imports", {
      method: "POST",
      headers: {
        authorization: `Bearer ${user.token}`,
        "content-type": "multipart/form-data; boundary=xyz",
        [CLIENT_ADDRESS_HEADER]: "192.0.2.1",
      },
      body: endless,
      duplex: "half",
    });
    const response = await importFile(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(MAX_IMPORT_BYTES + 8 * 1024 * 1024);
  });
});

describe("unknown fields in union bodies", () => {
  it("names a key a schedule (a union schema) does not know", async () => {
    const response = await call(createSchedule, {
      method: "POST",
      path: "/api/schedules",
      as: { session: user },
      json: { name: "n", kind: "reingest", params: { scope: "all" }, intervalSeconds: 3600, surprise: 1 },
    });
    expect(response.status).toBe(400);
    const body = await json<ErrorBody>(response);
    expect(body.error.code).toBe("unknown_fields");
    expect(body.error.details?.fields).toEqual(["surprise"]);
  });
});
