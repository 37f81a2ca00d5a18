import type { Db } from "@tidemark/db";
import { CliError } from "../exit-codes.ts";

/** A theme by slug (or id), or a clear error saying how to find the right one. */
export async function findTheme(db: Db, slugOrId: string) {
  const isId = /^[0-9a-f-]{36}$/i.test(slugOrId);
  const theme = await db.theme.findFirst({
    where: isId ? { id: slugOrId } : { slug: slugOrId },
    include: {
      currentVersion: true,
      seriesVersion: { select: { version: true } },
      versions: {
        orderBy: { version: "desc" },
        select: { version: true, definition: true, note: true, createdAt: true },
      },
      backfills: { orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  if (!theme) throw new CliError(`No theme "${slugOrId}". See \`tidemark themes list\`.`);
  return theme;
}
