// The outlet an article belongs to: by host when it has a web address, else by the outlet name
// the submitter supplied (seed manifests), else none.
import { type Db, isUniqueViolation } from "@tidemark/db";
import { sourceDomainOf } from "@tidemark/ingest/url";

export async function resolveSource(
  db: Db,
  webUrl: string | null,
  siteName: string | null,
): Promise<string | null> {
  const domain = webUrl ? sourceDomainOf(webUrl) : null;
  const name = siteName?.trim() || null;
  const key = domain ?? (name ? `name:${slugify(name)}` : null);
  if (!key) return null;
  // Nearly always the outlet exists already: one plain read (an upsert costs three statements).
  const [known] = await db.$queryRaw<{ id: string; name: string | null }[]>`
    SELECT id::text, name FROM sources WHERE key = ${key}`;
  if (known) {
    if (!known.name && name)
      await db.$executeRaw`UPDATE sources SET name = ${name}, updated_at = now() WHERE key = ${key} AND name IS NULL`;
    return known.id;
  }
  // A new outlet: several of its articles may arrive at once, and Prisma's upsert is a read then an
  // insert, so the loser of that race reads the winner's row.
  try {
    const source = await db.source.upsert({
      where: { key },
      create: { key, domain, name },
      // Keep the first name we learnt; later pages of a site may carry section names.
      update: {},
      select: { id: true, name: true },
    });
    if (!source.name && name) await db.source.update({ where: { key }, data: { name } });
    return source.id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const [winner] = await db.$queryRaw<{ id: string }[]>`SELECT id::text FROM sources WHERE key = ${key}`;
    if (!winner) throw error;
    return winner.id;
  }
}

function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
