// Loading the default pack on setup, once: if the user later deletes a default theme, running
// setup again does not bring it back.
import type { Db, Prisma } from "@tidemark/db";
import type { BackfillStarter } from "../backfill/start-backfill.ts";
import { createTheme } from "../definitions/create-theme.ts";
import { DEFAULT_ENTITIES } from "./entities.ts";
import { DEFAULT_THEMES } from "./themes.ts";

const SETTING_KEY = "default_pack_loaded";

export interface PackLoadResult {
  status: "loaded" | "already-loaded";
  created: string[];
}

export async function loadDefaultPack(db: Db, producer: BackfillStarter): Promise<PackLoadResult> {
  if (await db.appSetting.findUnique({ where: { key: SETTING_KEY } }))
    return { status: "already-loaded", created: [] };
  const created: string[] = [];
  for (const input of [...DEFAULT_THEMES, ...DEFAULT_ENTITIES]) {
    if (input.slug && (await db.theme.findUnique({ where: { slug: input.slug }, select: { id: true } })))
      continue;
    await createTheme(db, producer, input, { fromDefaultPack: true });
    created.push(input.slug ?? input.name);
  }
  const value = { at: new Date().toISOString(), themes: created } satisfies Prisma.InputJsonValue;
  await db.appSetting.upsert({
    where: { key: SETTING_KEY },
    create: { key: SETTING_KEY, value },
    update: { value },
  });
  return { status: "loaded", created };
}
