// GET /api/collections/:idOrSlug — the collection and its outlets (first 1,000).
// PATCH /api/collections/:idOrSlug {name?, description?, country?, kind?} — change it.
// DELETE /api/collections/:idOrSlug — delete it (its outlets and their articles stay).
import {
  collectionDetail,
  collectionUpdateSchema,
  deleteCollection,
  resolveCollectionRefs,
  updateCollection,
} from "@tidemark/collections";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { withCollectionErrors } from "@/lib/collections/collection-errors";

const params = z.object({ id: z.string().min(1).max(120) });

async function idOf(ref: string): Promise<string> {
  const [id] = await withCollectionErrors(() => resolveCollectionRefs(prisma, [ref]));
  if (!id) throw notFound("collection");
  return id;
}

export const GET = apiRoute({ role: "viewer", params }, async ({ params }) => {
  const detail = await collectionDetail(prisma, await idOf(params.id));
  if (!detail) throw notFound("collection");
  return { collection: detail };
});

export const PATCH = apiRoute(
  { role: "editor", params, body: collectionUpdateSchema },
  async ({ params, body }) =>
    withCollectionErrors(async () => {
      const id = await idOf(params.id);
      await updateCollection(prisma, id, body);
      return { collection: await collectionDetail(prisma, id, 0) };
    }),
);

export const DELETE = apiRoute({ role: "editor", params }, async ({ params }) => {
  const deleted = await deleteCollection(prisma, await idOf(params.id));
  if (!deleted) throw notFound("collection");
  return { deleted: true };
});
