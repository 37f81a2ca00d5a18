// A new theme: its first version, which is also what the series show, and a backfill that tags
// the articles already in the database.
import type { Db } from "@tidemark/db";
import { type BackfillStarter, createBackfillRows, enqueueBackfill } from "../backfill/start-backfill.ts";
import {
  checkDefinition,
  slugify,
  type ThemeCreateInput,
  ThemeInputError,
  themeCreateSchema,
} from "./input.ts";
import { withUniqueViolationsAsInputErrors } from "./unique-violation.ts";

export interface CreatedTheme {
  themeId: string;
  versionId: string;
  backfillId: string;
}

export interface ThemeRecord {
  themeId: string;
  versionId: string;
  /** Created in the same transaction as the version; its job is enqueued by the caller. */
  backfillId: string;
}

export async function createTheme(
  db: Db,
  enqueue: BackfillStarter,
  input: ThemeCreateInput,
  options: { fromDefaultPack?: boolean } = {},
): Promise<CreatedTheme> {
  const created = await createThemeRecord(db, input, options);
  await enqueueBackfill(enqueue, created.backfillId);
  return created;
}

/**
 * The theme, its first version and that version's backfill row, in one transaction, without
 * enqueueing the backfill job: for callers that create several themes and start their backfills
 * together (the default pack). A crash before the job is enqueued loses nothing: the reconciler
 * finds the queued row.
 */
export async function createThemeRecord(
  db: Db,
  input: ThemeCreateInput,
  options: { fromDefaultPack?: boolean } = {},
): Promise<ThemeRecord> {
  const data = themeCreateSchema.parse(input);
  checkDefinition(data.definition);
  const slug = data.slug ?? (await freeSlug(db, slugify(data.name)));
  // The common case gets a plain message before any write; a theme created with the same slug
  // between this check and the insert is caught by the unique constraint instead.
  if (await db.theme.findUnique({ where: { slug }, select: { id: true } })) {
    throw new ThemeInputError(`The slug "${slug}" is already used by another theme.`, "slug");
  }
  return withUniqueViolationsAsInputErrors(slug, () =>
    db.$transaction(async (tx) => {
      const theme = await tx.theme.create({
        data: {
          slug,
          name: data.name,
          description: data.description,
          color: data.color,
          kind: data.kind,
          active: data.active,
          fromDefaultPack: options.fromDefaultPack ?? false,
        },
      });
      const version = await tx.themeVersion.create({
        data: { themeId: theme.id, version: 1, definition: data.definition, note: data.note ?? "Created" },
      });
      await tx.theme.update({
        where: { id: theme.id },
        data: { currentVersionId: version.id, seriesVersionId: version.id },
      });
      const [backfillId] = await createBackfillRows(tx, [{ themeId: theme.id, themeVersionId: version.id }]);
      if (backfillId === undefined) throw new Error("createBackfillRows returned no id for one target");
      return { themeId: theme.id, versionId: version.id, backfillId };
    }),
  );
}

async function freeSlug(db: Db, base: string): Promise<string> {
  const taken = new Set(
    (await db.theme.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (t) => t.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
