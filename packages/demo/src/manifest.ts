// The demo corpus shipped in seeds/demo: its manifest (source, licence, checksum, field mapping)
// and its records, read from the gzip-compressed JSON Lines file the manifest names.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { z } from "zod";

export const demoManifestSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  description: z.string().min(1),
  source: z.object({
    dataset: z.string().min(1),
    author: z.string().min(1),
    citation: z.string().min(1),
    url: z.url(),
    license: z.string().min(1),
    licenseUrl: z.url(),
    changes: z.string().min(1),
  }),
  file: z.string().regex(/^[\w.-]+\.jsonl\.gz$/, "a .jsonl.gz file in the demo folder"),
  records: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fields: z.object({
    text: z.array(z.string().min(1)).min(1),
    title: z.string().min(1),
    date: z.string().min(1),
    author: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
  }),
  siteName: z.string().min(1),
});

export type DemoManifest = z.infer<typeof demoManifestSchema>;

export class DemoCorpusError extends Error {
  override name = "DemoCorpusError";
}

export async function readDemoManifest(demoDir: string): Promise<DemoManifest> {
  const path = join(demoDir, "manifest.json");
  const parsed = demoManifestSchema.safeParse(JSON.parse(await readFile(path, "utf8")));
  if (!parsed.success)
    throw new DemoCorpusError(`${path} is not a valid demo manifest: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The corpus file's lines (JSON Lines), after checking it is the file the manifest describes. */
export async function readDemoLines(demoDir: string, manifest: DemoManifest): Promise<string[]> {
  const path = join(demoDir, manifest.file);
  const compressed = await readFile(path);
  const digest = createHash("sha256").update(compressed).digest("hex");
  if (digest !== manifest.sha256)
    throw new DemoCorpusError(
      `${path} does not match its manifest (sha256 ${digest}, expected ${manifest.sha256}).`,
    );
  const lines = gunzipSync(compressed).toString("utf8").split("\n");
  while (lines.at(-1) === "") lines.pop();
  if (lines.length !== manifest.records)
    throw new DemoCorpusError(`${path} has ${lines.length} records; its manifest says ${manifest.records}.`);
  return lines;
}
