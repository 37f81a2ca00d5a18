import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import {
  detectFormat,
  type ImportResult,
  importDocumentRecords,
  importUrlRecords,
  readRecords,
  recordImport,
  summarize,
} from "@tidemark/intake";
import type { Command } from "commander";
import { CliError, EXIT } from "../exit-codes.ts";
import { printJson } from "../output.ts";
import { userPath } from "../paths.ts";
import { getDb, getProducer } from "../resources.ts";
import { describe } from "./catalog.ts";

interface ImportOptions {
  format?: "jsonl" | "csv";
  urlField: string;
  documents?: boolean;
  textField?: string;
  titleField?: string;
  dateField?: string;
  authorField?: string;
  siteField?: string;
  json?: boolean;
}

export function registerImport(program: Command): void {
  program
    .command("import")
    .description(describe("import"))
    .argument("<file>", "a .jsonl or .csv file (CSV needs a header row)")
    .option("--format <format>", "jsonl or csv (default: from the file name)")
    .option("--url-field <name>", "field holding the article URL", "url")
    .option("--documents", "records carry their own text (file intake) instead of URLs to fetch")
    .option("--text-field <names>", "with --documents: field(s) with the text, comma-separated")
    .option("--title-field <name>", "with --documents: field with the headline")
    .option("--date-field <name>", "with --documents: field with the publication date (ISO 8601)")
    .option("--author-field <name>", "with --documents: field with the authors")
    .option("--site-field <name>", "with --documents: field with the outlet name")
    .option("--json", "print every line's outcome as JSON")
    .addHelpText(
      "after",
      `
Examples:
  tidemark import urls.csv
  tidemark import corpus.jsonl --documents --text-field headline,short_description \\
      --title-field headline --date-field date --author-field authors --url-field link`,
    )
    .action(async (file: string, options: ImportOptions) => {
      const path = userPath(file);
      const content = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
        throw new CliError(
          `Cannot read ${path}: ${error.code === "ENOENT" ? "no such file" : error.message}`,
        );
      });
      const format = options.format ?? detectFormat(path, content);
      const lines = readRecords(content, format);
      const db = await getDb();
      const producer = await getProducer();
      let result: ImportResult;
      if (options.documents) {
        if (!options.textField) throw new CliError("--documents needs --text-field <name>", EXIT.usage);
        result = await importDocumentRecords(
          db,
          producer,
          lines,
          {
            text: options.textField.split(",").map((f) => f.trim()),
            ...(options.titleField ? { title: options.titleField } : {}),
            ...(options.dateField ? { date: options.dateField } : {}),
            ...(options.authorField ? { author: options.authorField } : {}),
            ...(options.siteField ? { site: options.siteField } : {}),
            url: options.urlField,
          },
          basename(path),
        );
      } else {
        result = await importUrlRecords(db, producer, lines, options.urlField);
      }
      // Kept in the import history (the Add page), with no user: it came from the command line.
      await recordImport(db, {
        kind: "file",
        userId: null,
        fileName: basename(path),
        format,
        mode: options.documents ? "documents" : "urls",
        outcomes: result.lines.map((l) => l.outcome),
      });
      if (options.json) printJson(result);
      else printImportSummary(result);
      if (result.lines.some((l) => l.outcome.outcome === "invalid")) process.exitCode = EXIT.partial;
    });
}

function printImportSummary(result: ImportResult): void {
  const invalid = result.lines.filter((l) => l.outcome.outcome === "invalid");
  for (const { line, outcome } of invalid.slice(0, 50)) {
    if (outcome.outcome === "invalid") console.log(`line ${line}: ${outcome.reason}`);
  }
  if (invalid.length > 50)
    console.log(`… and ${invalid.length - 50} more invalid lines (use --json to see all)`);
  const s = summarize(result.lines.map((l) => l.outcome));
  console.log(
    `${result.lines.length} lines: ${s.created} created, ${s.duplicate} duplicate, ${s.invalid} invalid`,
  );
  if (result.queueWarning) console.warn(`warning: ${result.queueWarning}`);
}
