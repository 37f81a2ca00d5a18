// GET /api/feeds/alerts/:id/atom?token=… and /api/feeds/alerts/:id/json?token=…: a saved search —
// an alert rule on a query — as a feed: the newest articles its query matches (with its source or
// collection filter; `limit`, default 50), each with the sentence that matched, like a theme's
// feeds. A read-scoped API token may travel in the URL (a bearer header or a session works too).
import { recentQueryMatches } from "@tidemark/alerts";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { feedResponse } from "@/lib/feeds/feed-response";
import { singleParam } from "@/lib/search-params/schemas";

const params = z.object({ id: z.uuid(), format: z.enum(["atom", "json"]) });
const query = z.object({ limit: singleParam(z.coerce.number().int().min(1).max(200).default(50)) });

export const GET = apiRoute(
  { role: "viewer", queryToken: true, params, query },
  async ({ params: p, query: q, request }) => {
    const rule = await prisma.alertRule.findUnique({ where: { id: p.id } });
    // A theme rule's articles are its theme's feed; only rules on a query are saved searches.
    if (!rule || rule.query === null) throw notFound("alert rule on a search query");
    const matches = await recentQueryMatches(prisma, rule, q.limit);
    const entries = matches.map(({ at, ...m }) => ({ ...m, publishedAt: at }));
    return feedResponse(
      p.format,
      {
        id: `search:${rule.id}`,
        title: `Tidemark: ${rule.name}`,
        description: `Articles matching the search “${rule.query}”, newest first.`,
        selfUrl: request.nextUrl.href,
        siteUrl: `${request.nextUrl.origin}/alerts/${rule.id}/edit`,
        updated: entries[0]?.updatedAt ?? rule.updatedAt,
      },
      entries,
    );
  },
);
