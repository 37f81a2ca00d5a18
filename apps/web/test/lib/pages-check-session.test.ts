// Every page and server component under app/(app) that can run on the server gets its data only
// after checking the session itself (authedDb / requireRole / requireUser), because Next renders
// pages in parallel with the layout. biome.json also forbids importing `prisma` there.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const APP = fileURLToPath(new URL("../../app/(app)", import.meta.url));
const CHECK = /\b(authedDb|requireRole|requireUser|requireSession)\(/;

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat().filter((f) => f.endsWith(".tsx"));
}

describe("pages check the session themselves", () => {
  it("every page, and every async server component, calls authedDb, requireRole, requireUser or requireSession", async () => {
    const all = await files(APP);
    const pages = all.filter((f) => f.endsWith("page.tsx"));
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const file of all) {
      const text = await readFile(file, "utf8");
      if (text.startsWith('"use client"')) continue;
      const serverAsync = /export (default )?async function/.test(text);
      if (!file.endsWith("page.tsx") && !serverAsync) continue;
      expect(CHECK.test(text), file).toBe(true);
      if (/export async function generateMetadata/.test(text)) {
        const body = text.slice(text.indexOf("export async function generateMetadata"));
        expect(CHECK.test(body.slice(0, body.indexOf("\n}"))), `${file} generateMetadata`).toBe(true);
      }
    }
  });
});
