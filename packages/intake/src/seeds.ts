// The sample articles in seeds/, described by seeds/manifest.json. Loading them goes through the
// file intake like any other document, so a fresh install shows articles that were really
// extracted and tagged; loading twice creates nothing new (the file name is the dedupe key).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { z } from "zod";
import { type SubmittedDocument, submitDocuments } from "./submit-documents.ts";
import type { SubmitResult } from "./submit-urls.ts";

const manifestSchema = z.object({
  description: z.string().optional(),
  articles: z
    .array(
      z.object({
        file: z.string().regex(/^[\w.-]+\.(txt|html?)$/, "a .txt or .html file name in the seeds folder"),
        title: z.string().min(1),
        titleSource: z.enum(["text", "lead"]).optional(),
        outlet: z.string().min(1).nullable(),
        byline: z.string().min(1).nullable().optional(),
        publishedAt: z.iso.date().nullable(),
      }),
    )
    .min(1),
});

export type SeedManifest = z.infer<typeof manifestSchema>;

export async function readSeedManifest(seedsDir: string): Promise<SeedManifest> {
  const path = join(seedsDir, "manifest.json");
  const raw: unknown = JSON.parse(await readFile(path, "utf8"));
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`${path} is not a valid seed manifest: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export async function loadSeeds(db: Db, producer: Producer, seedsDir: string): Promise<SubmitResult> {
  const manifest = await readSeedManifest(seedsDir);
  const documents = await Promise.all(
    manifest.articles.map(
      async (entry): Promise<SubmittedDocument> => ({
        key: `seeds/${entry.file}`,
        content: await readFile(join(seedsDir, entry.file), "utf8"),
        format: entry.file.endsWith(".txt") ? "text" : "html",
        hints: {
          title: entry.title,
          siteName: entry.outlet,
          byline: entry.byline ?? null,
          publishedAt: entry.publishedAt,
        },
      }),
    ),
  );
  return submitDocuments(db, producer, documents);
}
