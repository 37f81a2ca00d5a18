// Collections as the API shows them.
import type { CollectionSummary } from "@tidemark/collections";

export function collectionJson(c: CollectionSummary) {
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    description: c.description,
    country: c.country,
    kind: c.kind,
    sources: c.sources,
  };
}
