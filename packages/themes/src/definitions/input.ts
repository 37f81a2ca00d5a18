// What a user may send to create or edit a theme. Definitions are checked by the query parser;
// a definition that does not parse is rejected with its position, so a saved theme always parses.
import { z } from "zod";
import { parseQuery, type QueryDiagnostic } from "../query/index.ts";

export const THEME_KINDS = ["theme", "organisation", "person", "place"] as const;

/**
 * Every field once, without defaults: zod applies `.default()` even inside `.partial()`, so an
 * edit schema derived from a schema with defaults would fill in (and overwrite) every field the
 * edit left out. Defaults belong to creation only.
 */
const themeFields = {
  name: z.string().trim().min(1, "A theme needs a name").max(80),
  slug: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase letters, digits and single hyphens, e.g. data-privacy"),
  description: z.string().trim().max(2000),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour like #2563eb"),
  kind: z.enum(THEME_KINDS),
  active: z.boolean(),
  definition: z.string().min(1, "A theme needs a definition").max(10_000),
  /** Why the definition changed, kept in the version history. */
  note: z.string().trim().max(500),
};

export const themeCreateSchema = z.object({
  ...themeFields,
  slug: themeFields.slug.optional(),
  description: themeFields.description.default(""),
  color: themeFields.color.default("#2563eb"),
  kind: themeFields.kind.default("theme"),
  active: themeFields.active.default(true),
  note: themeFields.note.optional(),
});

/** Only what is sent changes; everything left out keeps its stored value. */
export const themeUpdateSchema = z.object(themeFields).partial();

export type ThemeCreateInput = z.input<typeof themeCreateSchema>;
export type ThemeUpdateInput = z.input<typeof themeUpdateSchema>;

/** Raised for input a user can fix: a bad field, a definition that does not parse, a taken slug. */
export class ThemeInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly diagnostic?: QueryDiagnostic,
  ) {
    super(message);
    this.name = "ThemeInputError";
  }
}

export function checkDefinition(definition: string): void {
  const parsed = parseQuery(definition);
  if (!parsed.ok) throw new ThemeInputError(parsed.error.message, "definition", parsed.error);
}

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "theme";
}
