// What the alert rule form offers to watch: themes (grouped by kind) and sources, and the
// collections a query rule can be limited to.
import type { Db } from "@tidemark/db";

const KIND_GROUPS = {
  theme: "Themes",
  organisation: "Organisations",
  person: "People",
  place: "Places",
} as const;

export async function ruleOptions(db: Db) {
  const [themes, sources, collections] = await Promise.all([
    db.theme.findMany({
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      select: { id: true, name: true, kind: true },
    }),
    db.source.findMany({ orderBy: { key: "asc" }, select: { id: true, key: true, name: true }, take: 1000 }),
    db.sourceCollection.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    themes: themes.map((t) => ({ id: t.id, label: t.name, group: KIND_GROUPS[t.kind] })),
    sources: sources.map((s) => ({ id: s.id, label: s.name ? `${s.name} (${s.key})` : s.key })),
    collections: collections.map((c) => ({ id: c.id, label: c.name })),
  };
}
