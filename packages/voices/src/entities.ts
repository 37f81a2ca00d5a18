// Tracked people and organisations (themes of kind person/organisation) as speaker matchers: a
// speaker rolls up to an entity when the entity's own definition (its aliases) matches the
// speaker's name, or else its role ("Shou Chew, chief executive of ByteDance" → ByteDance).
import type { Db } from "@tidemark/db";
import { prepareDocument } from "@tidemark/themes/query";
import { compiledVersion } from "@tidemark/themes/tagging";

export interface EntityMatcher {
  themeId: string;
  name: string;
  kind: "person" | "organisation";
  matches(text: string): boolean;
}

export interface EntityMatch {
  themeId: string;
  name: string;
  kind: "person" | "organisation";
  /** The entity's aliases matched the speaker's name itself (not only the role). */
  matchedName: boolean;
}

/** Active entity themes with their current definitions, people first (a named official of a tracked company is that person). */
export async function loadEntityMatchers(db: Db): Promise<EntityMatcher[]> {
  const themes = await db.theme.findMany({
    where: { active: true, kind: { in: ["person", "organisation"] }, currentVersionId: { not: null } },
    select: { id: true, name: true, kind: true, currentVersion: { select: { id: true, definition: true } } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  const matchers: EntityMatcher[] = [];
  for (const theme of themes) {
    const version = theme.currentVersion;
    if (!version || (theme.kind !== "person" && theme.kind !== "organisation")) continue;
    const compiled = compiledVersion(version.id, version.definition);
    matchers.push({
      themeId: theme.id,
      name: theme.name,
      kind: theme.kind,
      matches: (text) => compiled.match(prepareDocument({ title: "", text })) !== null,
    });
  }
  // People before organisations: "Tim Cook, Apple's chief executive" is Tim Cook when he is tracked.
  return matchers.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "person" ? -1 : 1));
}

export function matchEntity(
  matchers: readonly EntityMatcher[],
  name: string,
  role: string | null,
): EntityMatch | null {
  for (const m of matchers)
    if (m.matches(name)) return { themeId: m.themeId, name: m.name, kind: m.kind, matchedName: true };
  if (role === null || role === name) {
    // A description ("ByteDance spokesperson") is both name and role: matched above or not at all.
    return null;
  }
  for (const m of matchers)
    if (m.kind === "organisation" && m.matches(role))
      return { themeId: m.themeId, name: m.name, kind: m.kind, matchedName: false };
  return null;
}

const caches = new WeakMap<Db, { at: number; matchers: Promise<EntityMatcher[]> }>();

/**
 * Entity matchers for a busy process (the worker tags one article per job): loaded at most once
 * per `ttlMs` per client, so an entity edited meanwhile is picked up within that time (compiled
 * definitions are cached by version anyway). A failed load is not kept.
 */
export function currentEntityMatchers(db: Db, ttlMs = 30_000): Promise<EntityMatcher[]> {
  const cached = caches.get(db);
  if (cached && Date.now() - cached.at <= ttlMs) return cached.matchers;
  const matchers = loadEntityMatchers(db);
  caches.set(db, { at: Date.now(), matchers });
  matchers.catch(() => caches.delete(db));
  return matchers;
}
