// `tidemark extract`: the extraction the worker runs, on saved pages or URLs, without a database.
//   tidemark extract --input lines.jsonl   (or - for stdin)  → one JSON line out per line in
//   tidemark extract page.html | https://… → one article, readable
import { createReadStream, existsSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Fetcher } from "@tidemark/ingest/fetch";
import type { Command } from "commander";
import { CliError, EXIT } from "../exit-codes.ts";
import type { ExtractionOutput, extractOne } from "../extract/extract-one.ts";
import { userPath } from "../paths.ts";
import { describe } from "./catalog.ts";

type ExtractOne = typeof extractOne;

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description(describe("extract"))
    .argument("[pathOrUrl]", "an .html/.txt file or an http(s) URL")
    .option("--input <file>", 'JSON Lines of {"id","file","url"}; "-" reads stdin')
    .option("--url <url>", "with a file: the page's original URL (resolves links and URL dates)")
    .action(async (target: string | undefined, options: { input?: string; url?: string }) => {
      // The extractor loads with the command's work, the fetcher (undici, Redis) only for URLs.
      const { extractOne } = await import("../extract/extract-one.ts");
      let fetcher: Fetcher | undefined;
      const getFetcher = async () => {
        fetcher ??= (await import("@tidemark/ingest/fetch")).createFetcher();
        return fetcher;
      };
      try {
        if (options.input) return await extractBatch(options.input, extractOne, getFetcher);
        if (!target) throw new CliError("Give a file, a URL, or --input FILE.", EXIT.usage);
        const isUrl = /^https?:\/\//i.test(target);
        const article = await extractOne(
          { file: isUrl ? null : userPath(target), url: isUrl ? target : (options.url ?? null) },
          getFetcher,
        );
        printArticle(article);
      } finally {
        await fetcher?.close();
      }
    });
}

async function extractBatch(
  input: string,
  extractOne: ExtractOne,
  getFetcher: () => Promise<Fetcher>,
): Promise<void> {
  // Loaded before the input opens: readline reads at once, and lines read before the loop would be lost.
  const { errorLine, inputLineSchema, outputLine } = await import("../extract/jsonl-contract.ts");
  const path = input === "-" ? null : userPath(input);
  // A relative file path in a line is taken from the current directory, or else from the batch
  // file's own directory (so a batch and its pages can travel together).
  const resolveFile = (file: string): string => {
    if (isAbsolute(file)) return file;
    const fromCwd = userPath(file);
    return path && !existsSync(fromCwd) ? resolve(dirname(path), file) : fromCwd;
  };
  const lines = createInterface({
    input: path ? createReadStream(path) : process.stdin,
    crlfDelay: Infinity,
  });
  let failures = 0;
  for await (const raw of lines) {
    if (raw.trim() === "") continue;
    let id: string | number | null = null;
    try {
      const line = inputLineSchema.parse(JSON.parse(raw));
      id = line.id;
      const file = line.file ? resolveFile(line.file) : null;
      const article = await extractOne({ file, url: line.url ?? null }, getFetcher);
      process.stdout.write(`${outputLine(line.id, article)}\n`);
    } catch (error) {
      failures += 1;
      process.stdout.write(`${errorLine(id, error)}\n`);
    }
  }
  if (failures) process.exitCode = EXIT.partial;
}

function printArticle(a: ExtractionOutput): void {
  const rows: [string, string | number | null][] = [
    ["Title", a.title],
    ["Byline", a.byline],
    ["Authors", a.authors.length > 1 ? a.authors.join("; ") : null],
    [
      "Published",
      a.publishedAt
        ? `${a.publishedAt} (from ${a.publishedAtSource}${a.publishedAtIsModified ? ", the page's modification date" : ""})`
        : "unknown",
    ],
    ["Modified", a.modifiedAt ? `${a.modifiedAt} (from ${a.modifiedAtSource})` : null],
    ["Language", a.language],
    ["Site", a.siteName],
    ["URL", a.url],
    ["Canonical", a.canonicalUrl],
    ["Image", a.leadImageUrl],
    ["Words", a.wordCount],
  ];
  for (const [label, value] of rows) if (value !== null) console.log(`${label.padEnd(10)} ${value}`);
  console.log(`\n${a.text}`);
}
