// Story material for the synthetic pages: headlines, one-sentence summaries and author names
// from the shared news corpus (../shared/data/corpus/huffpost-10k.jsonl).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

const recordSchema = z.object({
  headline: z.string(),
  category: z.string(),
  short_description: z.string(),
  authors: z.string(),
});

export interface Story {
  readonly headline: string;
  readonly category: string;
  readonly sentence: string;
  readonly authors: string;
}

/** Records with a real headline and a summary long enough to read as a sentence of prose. */
export async function loadStories(dataDir: string): Promise<Story[]> {
  const raw = await readFile(join(dataDir, "corpus", "huffpost-10k.jsonl"), "utf8");
  const stories: Story[] = [];
  for (const line of raw.split("\n")) {
    if (line.trim() === "") continue;
    const record = recordSchema.parse(JSON.parse(line));
    const sentence = record.short_description.replace(/\s+/g, " ").trim();
    const headline = record.headline.replace(/\s+/g, " ").trim();
    if (sentence.split(" ").length < 12 || headline.length < 20 || !/[.!?]$/.test(sentence)) continue;
    stories.push({ headline, category: record.category, sentence, authors: record.authors.trim() });
  }
  return stories;
}
