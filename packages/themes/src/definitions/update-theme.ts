// Editing a theme. Name, slug, description, colour, kind and active are presentation and change in
// place. A changed definition is a new immutable version: it becomes current at once, while the
// series keep showing the previous version until the backfill of the new one completes.
import type { Db, Prisma } from "@tidemark/db";
import { type BackfillStarter, createBackfillRows, enqueueBackfill } from "../backfill/start-backfill.ts";
import { checkDefinition, ThemeInputError, type ThemeUpdateInput, themeUpdateSchema } from "./input.ts";
import { withUniqueViolationsAsInputErrors } from "./unique-violation.ts";

export interface UpdatedTheme {
  themeId: string;
  /** Set when the definition changed. */
  newVersionId?: string;
  /** Set when the edit started a backfill: a new definition, or a paused theme resumed. */
  backfillId?: string;
}

interface LockedTheme {
  slug: string;
  active: boolean;
  current_version_id: string | null;
  definition: string | null;
}

interface ThemeWrite {
  newVersionId: string | null;
  /** The backfill the edit started, if any. */
  backfillId: string | null;
}

export async function updateTheme(
  db: Db,
  enqueue: BackfillStarter,
  themeId: string,
  input: ThemeUpdateInput,
): Promise<UpdatedTheme> {
  const data = themeUpdateSchema.parse(input);
  if (data.definition !== undefined) checkDefinition(data.definition);

  const write = await withUniqueViolationsAsInputErrors(data.slug, () =>
    db.$transaction(async (tx): Promise<ThemeWrite> => {
      // The row lock makes the version number and the paused → active check safe against a
      // concurrent edit of the same theme.
      const theme = await lockTheme(tx, themeId);
      if (!theme) throw new ThemeInputError("No such theme.", "id");
      if (
        data.slug &&
        data.slug !== theme.slug &&
        (await tx.theme.findUnique({ where: { slug: data.slug } }))
      ) {
        throw new ThemeInputError(`The slug "${data.slug}" is already used by another theme.`, "slug");
      }
      await tx.theme.update({
        where: { id: themeId },
        data: {
          ...(data.name !== undefined ? { name: data.name } : {}),
          ...(data.slug !== undefined ? { slug: data.slug } : {}),
          ...(data.description !== undefined ? { description: data.description } : {}),
          ...(data.color !== undefined ? { color: data.color } : {}),
          ...(data.kind !== undefined ? { kind: data.kind } : {}),
          ...(data.active !== undefined ? { active: data.active } : {}),
        },
      });
      const newVersionId =
        data.definition !== undefined && data.definition !== theme.definition
          ? await addVersion(tx, themeId, data.definition, data.note)
          : null;
      // A paused theme is not tagged, so the articles that arrived meanwhile have no hits of it.
      // Resuming re-tags every article with the current version; a new version's backfill already
      // does that.
      const resumed = data.active === true && !theme.active;
      const backfillVersionId = newVersionId ?? (resumed ? theme.current_version_id : null);
      // The version and its backfill row commit together (see createBackfillRows).
      const [backfillId] = backfillVersionId
        ? await createBackfillRows(tx, [{ themeId, themeVersionId: backfillVersionId }])
        : [];
      return { newVersionId, backfillId: backfillId ?? null };
    }),
  );
  if (!write.backfillId) return { themeId };
  await enqueueBackfill(enqueue, write.backfillId);
  return {
    themeId,
    ...(write.newVersionId ? { newVersionId: write.newVersionId } : {}),
    backfillId: write.backfillId,
  };
}

async function lockTheme(tx: Prisma.TransactionClient, themeId: string): Promise<LockedTheme | null> {
  const rows = await tx.$queryRaw<LockedTheme[]>`
    SELECT t.slug, t.active, t.current_version_id, v.definition
    FROM themes t LEFT JOIN theme_versions v ON v.id = t.current_version_id
    WHERE t.id = ${themeId}::uuid
    FOR UPDATE OF t`;
  return rows[0] ?? null;
}

async function addVersion(
  tx: Prisma.TransactionClient,
  themeId: string,
  definition: string,
  note: string | undefined,
): Promise<string> {
  const last = await tx.themeVersion.aggregate({ where: { themeId }, _max: { version: true } });
  const version = await tx.themeVersion.create({
    data: { themeId, version: (last._max.version ?? 0) + 1, definition, note: note ?? null },
  });
  await tx.theme.update({ where: { id: themeId }, data: { currentVersionId: version.id } });
  return version.id;
}
