// One .env.example lists every variable: each one a package or app validates in its env.ts must
// appear there, so a new setting cannot ship undocumented.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

async function declaredVariables(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const files: string[] = ["apps/web/env.ts"];
  for (const group of ["packages", "apps"]) {
    for (const name of await readdir(join(ROOT, group))) {
      files.push(`${group}/${name}/src/env.ts`, `${group}/${name}/src/support/env.ts`);
    }
  }
  for (const file of files.filter((f) => existsSync(join(ROOT, f)))) {
    const text = await readFile(join(ROOT, file), "utf8");
    for (const match of text.matchAll(/^\s+([A-Z][A-Z0-9_]{2,}):/gm)) if (match[1]) found.set(match[1], file);
  }
  return found;
}

describe(".env.example", () => {
  it("lists every variable any env.ts declares", async () => {
    const example = await readFile(join(ROOT, ".env.example"), "utf8");
    const listed = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const declared = await declaredVariables();
    expect(declared.size).toBeGreaterThan(30);
    const missing = [...declared]
      .filter(([name]) => !listed.has(name))
      .map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});
