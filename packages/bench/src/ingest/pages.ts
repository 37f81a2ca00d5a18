// The pages the ingest benchmark serves: the real pages of the extraction dev set, each served
// under many distinct URLs. Canonical links are removed, so every URL is its own article instead
// of a duplicate of the page's real address.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export async function loadBenchPages(dir: string): Promise<Buffer[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".html")).sort();
  return Promise.all(
    names.map(async (name) => {
      const html = (await readFile(join(dir, name))).toString("latin1");
      // latin1 round-trips bytes unchanged, so this edit keeps every page's own encoding.
      const stripped = html
        .replace(/<link[^>]+rel=["']?canonical["']?[^>]*>/gi, "")
        .replace(/<meta[^>]+property=["']og:url["'][^>]*>/gi, "");
      return Buffer.from(stripped, "latin1");
    }),
  );
}
