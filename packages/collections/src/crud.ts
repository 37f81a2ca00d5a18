// Creating, changing and deleting collections and their members. Member changes are one INSERT
// or DELETE each; a source can be in any number of collections.
import { type Db, isUniqueViolation } from "@tidemark/db";
import { parseDomainList } from "./domains.ts";
import { CollectionError } from "./errors.ts";
import {
  type CollectionInput,
  type CollectionUpdate,
  collectionInputSchema,
  collectionUpdateSchema,
  type MembersChange,
  membersChangeSchema,
} from "./input.ts";
import { checkSourceIds, sourcesForDomains } from "./sources.ts";

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "collection";
}

const isSlugClash = isUniqueViolation;

/** Outlets named by id or by a pasted list; a list with bad entries is refused, naming them. */
async function resolveMembers(db: Db, sourceIds: readonly string[], domains: string): Promise<string[]> {
  const parsed = parseDomainList(domains);
  if (parsed.invalid.length > 0) {
    const shown = parsed.invalid
      .slice(0, 5)
      .map((i) => `line ${i.line}: "${i.value}"`)
      .join("; ");
    throw new CollectionError("invalid_domains", `These are not web addresses: ${shown}.`, {
      invalid: parsed.invalid,
    });
  }
  const [byId, byDomain] = await Promise.all([
    checkSourceIds(db, sourceIds),
    sourcesForDomains(db, parsed.domains),
  ]);
  return [...new Set([...byId, ...byDomain])];
}

async function addMembers(db: Db, collectionId: string, sourceIds: readonly string[]): Promise<number> {
  if (sourceIds.length === 0) return 0;
  return db.$executeRaw`
    INSERT INTO source_collection_members (collection_id, source_id)
    SELECT CAST(${collectionId} AS uuid), s FROM unnest(CAST(${[...sourceIds]} AS uuid[])) AS s
    ON CONFLICT DO NOTHING`;
}

export interface SavedCollection {
  id: string;
  slug: string;
  name: string;
  /** Outlets added by this request. */
  added: number;
}

export async function createCollection(db: Db, input: CollectionInput): Promise<SavedCollection> {
  const data = collectionInputSchema.parse(input);
  const members = await resolveMembers(db, data.sourceIds, data.domains);
  const base = slugify(data.name);
  for (let n = 1; n <= 50; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    try {
      const collection = await db.sourceCollection.create({
        data: {
          slug,
          name: data.name,
          description: data.description,
          country: data.country ?? null,
          kind: data.kind ?? null,
        },
      });
      const added = await addMembers(db, collection.id, members);
      return { id: collection.id, slug, name: collection.name, added };
    } catch (error) {
      if (!isSlugClash(error)) throw error;
    }
  }
  throw new CollectionError(
    "invalid_domains",
    `Too many collections are named like “${data.name}”; pick another name.`,
  );
}

export async function updateCollection(db: Db, id: string, update: CollectionUpdate) {
  const data = collectionUpdateSchema.parse(update);
  const { count } = await db.sourceCollection.updateMany({ where: { id }, data });
  if (count === 0) throw new CollectionError("not_found", "No such collection.");
}

export async function deleteCollection(db: Db, id: string): Promise<boolean> {
  const { count } = await db.sourceCollection.deleteMany({ where: { id } });
  return count > 0;
}

export async function changeMembers(
  db: Db,
  id: string,
  change: MembersChange,
): Promise<{ added: number; removed: number }> {
  const data = membersChangeSchema.parse(change);
  if (!(await db.sourceCollection.findUnique({ where: { id }, select: { id: true } })))
    throw new CollectionError("not_found", "No such collection.");
  const toAdd = await resolveMembers(db, data.add.sourceIds, data.add.domains);
  const added = await addMembers(db, id, toAdd);
  const { count: removed } =
    data.remove.length > 0
      ? await db.sourceCollectionMember.deleteMany({
          where: { collectionId: id, sourceId: { in: data.remove } },
        })
      : { count: 0 };
  return { added, removed };
}
