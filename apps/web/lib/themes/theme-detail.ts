// One theme with its version history and recent backfills, for the theme page and its API.
// Cached per request (React cache): the page's metadata and the page itself read it once.
import type { Db } from "@tidemark/db";
import { cache } from "react";

export const themeDetail = cache(async (db: Db, id: string) =>
  db.theme.findUnique({
    where: { id },
    include: {
      currentVersion: { select: { id: true, version: true, definition: true } },
      seriesVersion: { select: { id: true, version: true, definition: true } },
      versions: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, definition: true, note: true, createdAt: true },
      },
      backfills: {
        orderBy: { createdAt: "desc" },
        take: 10,
        select: {
          id: true,
          status: true,
          done: true,
          total: true,
          matched: true,
          error: true,
          cancelRequested: true,
          createdAt: true,
          finishedAt: true,
          themeVersion: { select: { version: true } },
        },
      },
    },
  }),
);

export type ThemeDetail = NonNullable<Awaited<ReturnType<typeof themeDetail>>>;
