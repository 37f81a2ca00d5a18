// `tidemark quotes --input`: the JSON Lines contract (one line out per line in, same order, offsets
// into the given text, per-line errors) and complete output through a pipe. No database involved.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { quotesOutputLineSchema } from "../src/quotes/jsonl-contract.ts";
import { runCli } from "./run-cli.ts";

const errorLineSchema = z.object({ id: z.union([z.string(), z.number()]).nullable(), error: z.string() });

function article(i: number): string {
  return `Jane Doe${i} spoke in town ${i}. “We will fix road ${i} this year,” she said. Critics called it a “stunt.”`;
}

describe("tidemark quotes --input", () => {
  it("answers every line in order, with offsets into each text and errors naming the bad lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tidemark-quotes-"));
    const file = join(dir, "in.jsonl");
    const lines = [
      JSON.stringify({ id: "a", text: article(1) }),
      "",
      JSON.stringify({ id: 7, text: "No quotes here at all." }),
      JSON.stringify({ id: "missing-text" }),
      "{not json",
      JSON.stringify({ id: "b", text: article(2) }),
    ];
    writeFileSync(file, `${lines.join("\n")}\n`);
    const result = await runCli(["quotes", "--input", file]);
    expect(result.code).toBe(3);
    const out = result.stdout.trim().split("\n");
    expect(out).toHaveLength(5);
    const [a, seven, missing, notJson, b] = out.map((line) => JSON.parse(line) as unknown);
    const texts = new Map<string | number, string>([
      ["a", article(1)],
      [7, "No quotes here at all."],
      ["b", article(2)],
    ]);
    for (const parsed of [a, seven, b].map((line) => quotesOutputLineSchema.parse(line))) {
      const text = texts.get(parsed.id) ?? "";
      for (const q of parsed.quotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).not.toBe("");
      }
    }
    expect(quotesOutputLineSchema.parse(a).quotes.map((q) => q.speaker?.name)).toEqual([
      "Jane Doe1",
      "Critics",
    ]);
    expect(quotesOutputLineSchema.parse(seven).quotes).toEqual([]);
    expect(errorLineSchema.parse(missing)).toMatchObject({ id: "missing-text" });
    expect(errorLineSchema.parse(missing).error).toMatch(/line 4.*text/s);
    expect(errorLineSchema.parse(notJson)).toMatchObject({ id: null });
    expect(errorLineSchema.parse(notJson).error).toMatch(/line 5: not JSON/);
  });

  it("writes every line of a large batch read from stdin into a pipe", async () => {
    const count = 3000;
    const input = Array.from({ length: count }, (_, i) => JSON.stringify({ id: i, text: article(i) })).join(
      "\n",
    );
    const result = await runCli(["quotes", "--input", "-"], input);
    expect(result.code).toBe(0);
    const ids = result.stdout
      .trim()
      .split("\n")
      .map((line) => quotesOutputLineSchema.parse(JSON.parse(line)).id);
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => i));
  });

  it("stops quietly, with exit code 0, when the reader closes the pipe early", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tidemark-quotes-"));
    const file = join(dir, "many.jsonl");
    const line = (i: number) => JSON.stringify({ id: i, text: article(i).repeat(20) });
    writeFileSync(file, Array.from({ length: 20_000 }, (_, i) => line(i)).join("\n"));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm")).href;
    const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", tsx, main, "quotes", "--input", file]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("is a usage error without a file or --input", async () => {
    const result = await runCli(["quotes"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--input/);
  });
});
