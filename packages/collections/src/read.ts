// Reading collections: the list with member counts (one grouped query), one collection with its
// outlets, and turning ids or slugs (from URLs, the API, the CLI) into ids and member sources.
import type { Db } from "@tidemark/db";
import { z } from "zod";
import { CollectionError } from "./errors.ts";

export interface CollectionSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  country: string | null;
  kind: string | null;
  sources: number;
}

export async function listCollections(db: Db): Promise<CollectionSummary[]> {
  const rows = await db.sourceCollection.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      country: true,
      kind: true,
      _count: { select: { members: true } },
    },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, sources: _count.members }));
}

export async function collectionDetail(db: Db, id: string, memberLimit = 1_000) {
  const collection = await db.sourceCollection.findUnique({
    where: { id },
    include: {
      _count: { select: { members: true } },
      members: {
        take: memberLimit,
        orderBy: { source: { key: "asc" } },
        select: { source: { select: { id: true, key: true, name: true, domain: true } } },
      },
    },
  });
  if (!collection) return null;
  const { _count, members, ...rest } = collection;
  return { ...rest, sourceCount: _count.members, sources: members.map((m) => m.source) };
}

const uuid = z.uuid();

/** Ids or slugs → collection ids, in order; an unknown one is refused by name. */
export async function resolveCollectionRefs(db: Db, refs: readonly string[]): Promise<string[]> {
  if (refs.length === 0) return [];
  const ids = refs.filter((r) => uuid.safeParse(r).success);
  const slugs = refs.filter((r) => !uuid.safeParse(r).success);
  const rows = await db.sourceCollection.findMany({
    where: { OR: [{ id: { in: ids } }, { slug: { in: slugs } }] },
    select: { id: true, slug: true },
  });
  return refs.map((ref) => {
    const row = rows.find((r) => r.id === ref || r.slug === ref);
    if (!row) throw new CollectionError("unknown_collection", `No source collection “${ref}”.`, { ref });
    return row.id;
  });
}

/** The outlets in any of the collections. */
export async function collectionSourceIds(db: Db, collectionIds: readonly string[]): Promise<string[]> {
  if (collectionIds.length === 0) return [];
  const rows = await db.sourceCollectionMember.findMany({
    where: { collectionId: { in: [...collectionIds] } },
    select: { sourceId: true },
    distinct: ["sourceId"],
  });
  return rows.map((r) => r.sourceId);
}
