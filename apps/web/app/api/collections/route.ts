// GET /api/collections — every source collection with its number of outlets.
// POST /api/collections {name, description?, country?, kind?, sourceIds?, domains?} — create one
// from sources by id and/or a pasted list of addresses (outlets not seen yet are created).
import { collectionInputSchema, createCollection, listCollections } from "@tidemark/collections";
import { prisma } from "@tidemark/db";
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/route";
import { withCollectionErrors } from "@/lib/collections/collection-errors";
import { collectionJson } from "@/lib/collections/collection-json";

export const GET = apiRoute({ role: "viewer" }, async () => ({
  collections: (await listCollections(prisma)).map(collectionJson),
}));

export const POST = apiRoute({ role: "editor", body: collectionInputSchema }, async ({ body }) =>
  withCollectionErrors(async () => {
    const saved = await createCollection(prisma, body);
    return NextResponse.json({ collection: saved }, { status: 201 });
  }),
);
