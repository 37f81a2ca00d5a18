// The tidemark command: help and exit codes, adding URLs, the extract JSON Lines contract, theme
// definitions with syntax errors, and series output — against the real database and Redis.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { BIN, runCli } from "./run-cli.ts";

beforeEach(() => truncateAllTables(prisma));
afterAll(() => prisma.$disconnect());

describe("tidemark", () => {
  it("prints help with exit code 0, and exit code 2 for an unknown command", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["add", "import", "extract", "themes", "series", "schedules", "reingest", "seed"]) {
      expect(help.stdout).toContain(command);
    }
    const unknown = await runCli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);
  });

  it("answers bad input to reingest and schedules with a usage error that names it", async () => {
    const badId = await runCli(["reingest", "not-an-id"]);
    expect(badId.code).toBe(2);
    expect(badId.stderr).toMatch(/Not article ids: not-an-id/);
    const badDays = await runCli(["reingest", "--scope", "recent", "--days", "soon"]);
    expect(badDays.code).toBe(2);
    expect(badDays.stderr).toMatch(/--days takes a whole number/);
    const noSource = await runCli([
      "schedules",
      "add",
      "--kind",
      "reingest",
      "--every",
      "1d",
      "--scope",
      "source",
      "--source",
      "nowhere.example",
    ]);
    expect(noSource.code).toBe(2);
    expect(noSource.stderr).toMatch(/No source "nowhere.example"/);
    expect(await prisma.schedule.count()).toBe(0);
  });

  it("adds URLs, reports each one, and exits 3 when some were invalid", async () => {
    const result = await runCli(["add", "https://example.com/a?utm_source=x", "not a url", "--json"]);
    expect(result.code).toBe(3);
    const outcomes = (JSON.parse(result.stdout) as { outcomes: { outcome: string }[] }).outcomes.map(
      (o) => o.outcome,
    );
    expect(outcomes).toEqual(["created", "invalid"]);
    expect((await prisma.article.findFirstOrThrow()).normalizedUrl).toBe("https://example.com/a");
    // Kept in the import history with no user (it came from the command line).
    expect(await prisma.import.findFirstOrThrow()).toMatchObject({
      kind: "urls",
      userId: null,
      submitted: 2,
      created: 1,
      invalid: 1,
    });
  });

  it("extracts a JSON Lines batch in order, with an error line for a bad input alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tidemark-cli-"));
    writeFileSync(
      join(dir, "page.html"),
      `<html lang="en"><head><title>Huawei wins appeal | Example Times</title>
       <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04T10:00:00Z","author":{"name":"Ann Reporter"}}</script>
       </head><body><article><h1>Huawei wins appeal</h1><p>${"The court ruled in favour of the company on Thursday after a long dispute. ".repeat(5)}</p></article></body></html>`,
    );
    writeFileSync(
      join(dir, "image.bin"),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
    );
    const batch = [
      { id: "a", file: "page.html", url: "https://example.com/news/huawei" },
      { id: 2, file: "missing.html" },
      { id: "c", file: "page.html" },
      { id: "d", file: "image.bin" },
    ];
    writeFileSync(join(dir, "batch.jsonl"), batch.map((l) => JSON.stringify(l)).join("\n"));
    const result = await runCli(["extract", "--input", join(dir, "batch.jsonl")]);
    expect(result.code).toBe(3);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(["a", 2, "c", "d"]);
    expect(lines[0]).toMatchObject({
      title: "Huawei wins appeal",
      publishedAt: "2021-03-04T10:00:00Z",
      publishedAtSource: "jsonld",
      language: "en",
      url: "https://example.com/news/huawei",
    });
    expect(Object.keys(lines[0] ?? {}).sort()).toEqual(
      [
        "id",
        "url",
        "canonicalUrl",
        "title",
        "byline",
        "authors",
        "publishedAt",
        "publishedAtSource",
        "publishedAtIsModified",
        "modifiedAt",
        "modifiedAtSource",
        "language",
        "siteName",
        "text",
        "wordCount",
      ].sort(),
    );
    expect(lines[1]).toEqual({ id: 2, error: expect.stringMatching(/no such file|ENOENT/) });
    expect(lines[2]).toMatchObject({ id: "c", title: "Huawei wins appeal" });
    expect(lines[0]).toMatchObject({ authors: ["Ann Reporter"], publishedAtIsModified: false });
    expect(lines[3]).toMatchObject({ id: "d", code: "not_html" });
  });

  it("rejects a theme definition with a syntax error, pointing at it, and saves nothing", async () => {
    const result = await runCli(["themes", "add", "--name", "Broken", "--definition", "huawei AND (ban OR"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/definition: .*column \d+/);
    expect(result.stderr).toContain("^");
    expect(await prisma.theme.count()).toBe(0);
  });

  it("prints a series as CSV with the theme version in the header", async () => {
    const added = await runCli([
      "themes",
      "add",
      "--name",
      "Huawei",
      "--definition",
      "huawei",
      "--slug",
      "huawei",
    ]);
    expect(added.code).toBe(0);
    const result = await runCli([
      "series",
      "huawei",
      "--unit",
      "month",
      "--from",
      "2024-01-01",
      "--to",
      "2024-03-31",
      "--tz",
      "Europe/Berlin",
      "--stamp",
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toContain("huawei@v1");
    expect(lines[1]).toBe("bucket,articles,undated_articles,huawei_count,huawei_share,huawei_undated");
    expect(lines.slice(2).map((l) => l.split(",")[0])).toEqual(["2024-01-01", "2024-02-01", "2024-03-01"]);
    // Without --stamp the CSV starts with its header row (spreadsheets and pandas read it as is).
    const clean = await runCli([
      "series",
      "huawei",
      "--unit",
      "month",
      "--from",
      "2024-01-01",
      "--to",
      "2024-01-31",
    ]);
    expect(clean.stdout.split("\n")[0]).toBe(lines[1]);
  });

  it("counts distinct text families with --count, saying so in the header and the stamp", async () => {
    expect(
      (await runCli(["themes", "add", "--name", "Huawei", "--definition", "huawei", "--slug", "huawei"]))
        .code,
    ).toBe(0);
    const families = await runCli([
      "series",
      "huawei",
      "--unit",
      "month",
      "--from",
      "2024-01-01",
      "--to",
      "2024-01-31",
      "--count",
      "families",
      "--stamp",
    ]);
    expect(families.code).toBe(0);
    const familyLines = families.stdout.trim().split("\n");
    expect(familyLines[0]).toContain("count families");
    expect(familyLines[1]).toBe("bucket,families,undated_families,huawei_count,huawei_share,huawei_undated");
    const bad = await runCli(["series", "huawei", "--count", "words"]);
    expect(bad.code).toBe(2);
  });

  it("writes the whole of a large output into a file and through pipes, stopping quietly for head", async () => {
    expect(
      (await runCli(["themes", "add", "--name", "Huawei", "--definition", "huawei", "--slug", "huawei"]))
        .code,
    ).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "tidemark-cli-pipe-"));
    const series = `"${process.execPath}" "${BIN}" series huawei --unit day --from 2011-01-01 --to 2020-12-31 --format json`;
    const shell = (command: string) =>
      spawnSync("sh", ["-c", command], { encoding: "utf8", env: process.env });
    const toFile = shell(`${series} > "${join(dir, "series.json")}"`);
    expect(toFile.status).toBe(0);
    const written = readFileSync(join(dir, "series.json"), "utf8");
    expect(written.length).toBeGreaterThan(3 * 65_536); // well past one pipe buffer
    expect((JSON.parse(written) as { buckets: string[] }).buckets).toHaveLength(3_653);
    // Through a pipe, all of it arrives (no cut at 64 KiB) …
    const piped = shell(`${series} | cat`);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(written);
    // … and a reader that stops early gets exactly what it asked for, with no error from us.
    const head = shell(`${series} | head -c 200000`);
    expect(head.stdout).toBe(written.slice(0, 200_000));
    expect(head.stderr).not.toMatch(/error|EPIPE/i);
  });
});
