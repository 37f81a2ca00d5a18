// POST /api/collections/:idOrSlug/members {add: {sourceIds?, domains?}, remove?: [sourceId]} —
// add outlets (by id or a pasted list of addresses) and remove others, in one request.
import { changeMembers, membersChangeSchema, resolveCollectionRefs } from "@tidemark/collections";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { withCollectionErrors } from "@/lib/collections/collection-errors";

const params = z.object({ id: z.string().min(1).max(120) });

export const POST = apiRoute(
  { role: "editor", params, body: membersChangeSchema },
  async ({ params, body }) =>
    withCollectionErrors(async () => {
      const [id = ""] = await resolveCollectionRefs(prisma, [params.id]);
      return changeMembers(prisma, id, body);
    }),
);
