// What an article list shows: search, filters, sort and page. Read from the dashboard's URL and
// from GET /api/articles and the articles export alike.
import { ARTICLE_SORTS, type ArticleSort } from "@tidemark/articles";
import { z } from "zod";
import {
  listParam,
  localDate,
  type RawParams,
  singleParam,
  timeZoneParam,
} from "@/lib/search-params/schemas";

/** The most articles a bulk action takes by id; more is a filter's job ("all N results"). */
export const MAX_BULK_IDS = 1_000;

export const ARTICLE_STATUSES = ["queued", "fetching", "extracted", "failed", "gone", "duplicate"] as const;
/** "counted": the articles the coverage numbers count (extracted or gone, not duplicates). */
export const STATUS_FILTERS = [...ARTICLE_STATUSES, "counted"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export { ARTICLE_SORTS, type ArticleSort } from "@tidemark/articles";

export const SORT_LABELS: Record<ArticleSort, string> = {
  added: "Newest added",
  added_asc: "Oldest added",
  published: "Newest published",
  published_asc: "Oldest published",
};

export const articleListSchema = z
  .object({
    /** Only these articles: a selection (bulk actions and their export). */
    id: listParam(z.uuid({ message: "an article id" }), MAX_BULK_IDS),
    q: singleParam(z.string().trim().max(500).optional()),
    status: listParam(z.enum(STATUS_FILTERS), 10),
    source: listParam(z.uuid({ message: "a source id" }), 50),
    theme: listParam(z.uuid({ message: "a theme id" }), 10),
    themeMatch: singleParam(z.enum(["all", "any"]).default("all")),
    collection: listParam(z.uuid({ message: "a source collection id" }), 20),
    schedule: listParam(z.uuid({ message: "a schedule id" }), 20),
    import: listParam(z.uuid({ message: "an import id" }), 20),
    lang: singleParam(
      z
        .string()
        .trim()
        .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, "a language code like en or pt-BR")
        .optional(),
    ),
    from: singleParam(localDate.optional()),
    to: singleParam(localDate.optional()),
    tz: timeZoneParam,
    sort: singleParam(z.enum(ARTICLE_SORTS).default("added")),
    after: singleParam(z.string().max(200).optional()),
    before: singleParam(z.string().max(200).optional()),
    limit: singleParam(z.coerce.number().int().min(1).max(200).default(50)),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, {
    message: "`from` must not be after `to`",
    path: ["from"],
  })
  .refine((p) => !(p.after && p.before), { message: "Give `after` or `before`, not both", path: ["before"] });

export type ArticleListParams = z.output<typeof articleListSchema>;

/** Parses URL params; on bad input returns the defaults and the problem, so a page can say so. */
export function readArticleListParams(raw: RawParams): { params: ArticleListParams; error: string | null } {
  const parsed = articleListSchema.safeParse(raw);
  if (parsed.success) return { params: parsed.data, error: null };
  return { params: articleListSchema.parse({}), error: z.prettifyError(parsed.error) };
}
