// Editing a theme. Name, slug, description, colour, kind and active are presentation and change in
// place. A changed definition is a new immutable version: it becomes current at once, while the
// series keep showing the previous version until the backfill of the new one completes.
import type { Db } from "@tidemark/db";
import { type BackfillStarter, startBackfill } from "../backfill/start-backfill.ts";
import { checkDefinition, ThemeInputError, type ThemeUpdateInput, themeUpdateSchema } from "./input.ts";

export interface UpdatedTheme {
  themeId: string;
  /** Set when the definition changed. */
  newVersionId?: string;
  backfillId?: string;
}

export async function updateTheme(
  db: Db,
  enqueue: BackfillStarter,
  themeId: string,
  input: ThemeUpdateInput,
): Promise<UpdatedTheme> {
  const data = themeUpdateSchema.parse(input);
  const theme = await db.theme.findUnique({
    where: { id: themeId },
    select: { id: true, slug: true, currentVersion: { select: { definition: true } } },
  });
  if (!theme) throw new ThemeInputError("No such theme.", "id");
  if (data.slug && data.slug !== theme.slug && (await db.theme.findUnique({ where: { slug: data.slug } }))) {
    throw new ThemeInputError(`The slug "${data.slug}" is already used by another theme.`, "slug");
  }
  const definitionChanged =
    data.definition !== undefined && data.definition !== theme.currentVersion?.definition;
  if (data.definition !== undefined) checkDefinition(data.definition);

  const newVersionId = await db.$transaction(async (tx) => {
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
    if (!definitionChanged || data.definition === undefined) return undefined;
    const last = await tx.themeVersion.aggregate({ where: { themeId }, _max: { version: true } });
    const version = await tx.themeVersion.create({
      data: {
        themeId,
        version: (last._max.version ?? 0) + 1,
        definition: data.definition,
        note: data.note ?? null,
      },
    });
    await tx.theme.update({ where: { id: themeId }, data: { currentVersionId: version.id } });
    return version.id;
  });
  if (!newVersionId) return { themeId };
  const backfillId = await startBackfill(db, enqueue, themeId, newVersionId);
  return { themeId, newVersionId, backfillId };
}
