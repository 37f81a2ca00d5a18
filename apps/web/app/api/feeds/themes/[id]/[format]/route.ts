// GET /api/feeds/themes/:id/atom?token=… and /api/feeds/themes/:id/json?token=…: a theme's newest
// matching articles (`limit`, default 50) as Atom 1.0 or JSON Feed 1.1, each with the sentence that
// matched. Feed readers can only be given a URL, so a read-scoped API token may travel in it (a
// bearer header or a session works too). `:id` is the theme's id or slug.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { feedResponse } from "@/lib/feeds/feed-response";
import { themeFeedEntries } from "@/lib/feeds/theme-feed-items";
import { singleParam } from "@/lib/search-params/schemas";
import { resolveThemeRef } from "@/lib/themes/theme-refs";

const params = z.object({ id: z.string().min(1).max(200), format: z.enum(["atom", "json"]) });
const query = z.object({ limit: singleParam(z.coerce.number().int().min(1).max(200).default(50)) });

export const GET = apiRoute(
  { role: "viewer", queryToken: true, params, query },
  async ({ params: p, query: q, request }) => {
    const theme = await prisma.theme.findUnique({
      where: { id: await resolveThemeRef(prisma, p.id) },
      select: { id: true, name: true, description: true, updatedAt: true },
    });
    if (!theme) throw notFound("theme");
    const entries = await themeFeedEntries(prisma, theme.id, q.limit);
    const origin = request.nextUrl.origin;
    const meta = {
      id: `theme:${theme.id}`,
      title: `Tidemark: ${theme.name}`,
      description: theme.description || `Articles matching the theme “${theme.name}”, newest first.`,
      selfUrl: request.nextUrl.href,
      siteUrl: `${origin}/themes/${theme.id}`,
      updated: entries[0]?.updatedAt ?? theme.updatedAt,
    };
    return feedResponse(p.format, meta, entries);
  },
);
