// Metadata that arrives with a submission (a seed manifest, an import file's columns). Stored on
// the article as `intake_hints`; the worker uses it where extraction finds nothing.
import { z } from "zod";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "an ISO 8601 date");

export const intakeHintsSchema = z.object({
  title: z.string().trim().min(1).max(1000).nullish(),
  siteName: z.string().trim().min(1).max(300).nullish(),
  byline: z.string().trim().min(1).max(500).nullish(),
  publishedAt: isoDay.nullish(),
  /** Where `publishedAt` came from: a curated manifest/import, or a feed item's date. */
  publishedAtSource: z.enum(["manifest", "feed"]).optional(),
});

export type IntakeHints = z.infer<typeof intakeHintsSchema>;

/** A date from an import column as an ISO hint: kept if ISO 8601, else its leading day, else null. */
export function isoDateHint(value: string | undefined): string | null {
  if (!value) return null;
  if (isoDay.safeParse(value).success) return value;
  const day = value.match(/^(\d{4}-\d{2}-\d{2})\b/)?.[1];
  return day && !Number.isNaN(Date.parse(day)) ? day : null;
}

/** Drops empty fields so the stored JSON only says what was actually supplied. */
export function compactHints(hints: IntakeHints | undefined): IntakeHints | undefined {
  if (!hints) return undefined;
  const entries = Object.entries(hints).filter(([, value]) => value !== null && value !== undefined);
  return entries.length ? (Object.fromEntries(entries) as IntakeHints) : undefined;
}
