// The filters every Voices view takes, validated once (API query strings, CLI options), and the
// SQL they become. Fragments expect article_quotes aliased `q` and articles aliased `a`.
import { Prisma } from "@tidemark/db";
import { z } from "zod";

export const SPEAKER_KINDS = ["person", "organisation", "unnamed"] as const;

const isoDay = z.iso.date();

export const voicesFilterSchema = z
  .object({
    /** Quotes in articles matching this theme (its series version). */
    themeId: z.uuid().optional(),
    /** Quotes in articles from this outlet. */
    sourceId: z.uuid().optional(),
    /** UTC days, inclusive; on the article's publication date (else its fetch date). */
    from: isoDay.optional(),
    to: isoDay.optional(),
    kind: z.enum(SPEAKER_KINDS).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: "from must not be after to",
    path: ["from"],
  });
export type VoicesFilter = z.infer<typeof voicesFilterSchema>;

/** When an article happened: published, else fetched, else created (as the coverage series). */
export const quoteInstant = Prisma.sql`coalesce(a.published_at, a.fetched_at, a.created_at)`;

export function voicesWhere(f: VoicesFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`q.voice_key IS NOT NULL`, Prisma.sql`a.duplicate_of_id IS NULL`];
  if (f.themeId)
    parts.push(Prisma.sql`EXISTS (
      SELECT 1 FROM article_theme_hits h JOIN themes t ON t.id = h.theme_id
      WHERE h.article_id = a.id AND h.theme_id = ${f.themeId}::uuid
        AND h.theme_version_id = coalesce(t.series_version_id, t.current_version_id))`);
  if (f.sourceId) parts.push(Prisma.sql`a.source_id = ${f.sourceId}::uuid`);
  if (f.from) parts.push(Prisma.sql`${quoteInstant} >= (${f.from}::date::timestamp AT TIME ZONE 'UTC')`);
  if (f.to) parts.push(Prisma.sql`${quoteInstant} < ((${f.to}::date + 1)::timestamp AT TIME ZONE 'UTC')`);
  if (f.kind) parts.push(Prisma.sql`q.speaker_kind = ${f.kind}::"SpeakerKind"`);
  return Prisma.join(parts, " AND ");
}
