// `tidemark quotes`: direct quotes and their speakers, from article texts, without a database.
//   tidemark quotes --input lines.jsonl   (or - for stdin)  → one JSON line out per line in
//   tidemark quotes article.txt           → the quotes of one text, readable
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { extractQuotes, type Quote } from "@tidemark/quotes";
import type { Command } from "commander";
import { CliError, EXIT } from "../exit-codes.ts";
import { userPath } from "../paths.ts";
import { quotesErrorLine, quotesInputLineSchema, quotesOutputLine } from "../quotes/jsonl-contract.ts";
import { flushStdout, outputOpen, watchStdout, writeLine } from "../quotes/write-line.ts";
import { describe } from "./catalog.ts";

export function registerQuotes(program: Command): void {
  program
    .command("quotes")
    .description(describe("quotes"))
    .argument("[file]", "a plain-text article")
    .option("--input <file>", 'JSON Lines of {"id","text"}; "-" reads stdin')
    .action(async (file: string | undefined, options: { input?: string }) => {
      if (options.input) return await quotesBatch(options.input);
      if (!file) throw new CliError("Give a text file, or --input FILE.", EXIT.usage);
      const text = await readFile(userPath(file), "utf8");
      printQuotes(text, extractQuotes(text));
    });
}

async function quotesBatch(input: string): Promise<void> {
  watchStdout();
  const lines = createInterface({
    input: input === "-" ? process.stdin : createReadStream(userPath(input)),
    crlfDelay: Infinity,
  });
  let failures = 0;
  let lineNumber = 0;
  for await (const raw of lines) {
    if (!outputOpen()) break;
    lineNumber += 1;
    if (raw.trim() === "") continue;
    let id: string | number | null = null;
    try {
      const json: unknown = JSON.parse(raw);
      id = idOf(json);
      const line = quotesInputLineSchema.parse(json);
      await writeLine(quotesOutputLine(line.id, extractQuotes(line.text)));
    } catch (error) {
      failures += 1;
      await writeLine(quotesErrorLine(id, lineNumber, error));
    }
  }
  await flushStdout();
  if (failures) process.exitCode = EXIT.partial;
}

/** The line's id when it has a usable one, so even a rejected line can be matched to its input. */
function idOf(json: unknown): string | number | null {
  if (typeof json !== "object" || json === null || !("id" in json)) return null;
  const { id } = json;
  return typeof id === "string" || typeof id === "number" ? id : null;
}

function printQuotes(text: string, quotes: readonly Quote[]): void {
  if (quotes.length === 0) console.log("No direct quotes found.");
  for (const q of quotes) {
    const who = q.speaker
      ? `${q.speaker.name}${q.speaker.role ? ` (${q.speaker.role})` : ""}${
          text.slice(q.speaker.start, q.speaker.end) !== q.speaker.name
            ? ` — text says "${text.slice(q.speaker.start, q.speaker.end)}"`
            : ""
        }`
      : "unattributed";
    console.log(`${q.start}-${q.end}  ${who}\n  ${q.text.replace(/\s+/gu, " ")}\n`);
  }
}
