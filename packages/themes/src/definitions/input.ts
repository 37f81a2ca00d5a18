// What a user may send to create or edit a theme. Definitions are checked by the query parser;
// a definition that does not parse is rejected with its position, so a saved theme always parses.
import { z } from "zod";
import { parseQuery, type QueryDiagnostic } from "../query/index.ts";

export const THEME_KINDS = ["theme", "organisation", "person", "place"] as const;

const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase letters, digits and single hyphens, e.g. data-privacy");

export const themeCreateSchema = z.object({
  name: z.string().trim().min(1, "A theme needs a name").max(80),
  slug: slugSchema.optional(),
  description: z.string().trim().max(2000).default(""),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "a colour like #2563eb")
    .default("#2563eb"),
  kind: z.enum(THEME_KINDS).default("theme"),
  active: z.boolean().default(true),
  definition: z.string().min(1, "A theme needs a definition").max(10_000),
  note: z.string().trim().max(500).optional(),
});

export const themeUpdateSchema = themeCreateSchema
  .partial()
  .omit({ slug: true })
  .extend({ slug: slugSchema.optional() });

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
