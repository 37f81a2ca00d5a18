// Where a worker's CPU time goes, from the V8 profiles `pnpm bench ingest --cpu-prof DIR` writes:
// each sample is charged to the nearest frame on its stack that belongs to a known part (the
// Postgres client, the Redis client, extraction, matching, …), so time in a native call such as
// the socket write of a query lands on the part that made it.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

/** First match wins; tested against the frame's script URL. */
const PARTS: readonly [string, RegExp][] = [
  ["Postgres client (Prisma, pg)", /@prisma\+|\/pg@|\/pg-protocol@|\/pg-pool@|\/pg-types@/],
  ["Redis client and queue (ioredis, BullMQ)", /\/ioredis@|\/bullmq@|\/msgpackr@/],
  ["extraction", /packages\/ingest\/src\/extract|\/parse5@|\/linkedom@|\/htmlparser2@/],
  ["fetching", /packages\/ingest\/src\/fetch|\/undici@/],
  ["theme matching", /packages\/themes\/src\/query|packages\/themes\/src\/tagging/],
  ["quotes", /packages\/quotes\/|packages\/voices\//],
  ["near-duplicates and stories", /packages\/neardup\/|packages\/stories\//],
  ["metrics and logs", /\/prom-client@|\/pino@|packages\/metrics\/|packages\/logger\//],
  ["module loading", /node:internal\/modules|\/tsx@|\/esbuild@/],
];

export interface ProfileSummary {
  file: string;
  busyMs: number;
  idleMs: number;
  parts: { part: string; ms: number }[];
}

export async function summarizeProfiles(dir: string): Promise<ProfileSummary[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cpuprofile")).sort();
  const summaries: ProfileSummary[] = [];
  for (const file of files) {
    const profile = profileSchema.parse(JSON.parse(await readFile(join(dir, file), "utf8")));
    const summary = summarize(file, profile);
    // The loader's helper thread writes a profile too; it is idle nearly all the time.
    if (summary.busyMs > 0.05 * (summary.busyMs + summary.idleMs)) summaries.push(summary);
  }
  return summaries;
}

function summarize(file: string, profile: z.infer<typeof profileSchema>): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const partOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = partOf.get(id);
    if (known) return known;
    const frame = byId.get(id)?.callFrame;
    let part: string | undefined;
    if (frame?.functionName === "(garbage collector)") part = "garbage collection";
    else if (frame?.functionName === "(idle)") part = "(idle)";
    else if (frame?.url) part = PARTS.find(([, pattern]) => pattern.test(frame.url))?.[0];
    const up = parent.get(id);
    const result = part ?? (up === undefined ? "other" : resolve(up));
    partOf.set(id, result);
    return result;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const part = resolve(id);
    totals.set(part, (totals.get(part) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const idleMs = totals.get("(idle)") ?? 0;
  totals.delete("(idle)");
  const parts = [...totals].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms);
  return { file, busyMs: parts.reduce((s, p) => s + p.ms, 0), idleMs, parts };
}
