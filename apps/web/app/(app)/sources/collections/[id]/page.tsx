// One source collection: its outlets (add by address, tick to remove) and the ways in: its
// articles, and a theme compared across it and other collections.
import { roleAtLeast } from "@tidemark/accounts";
import { COLLECTION_KIND_LABELS, type CollectionKind, collectionDetail } from "@tidemark/collections";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { sourceLabel } from "@/lib/articles/list-sources";
import { authedDb } from "@/lib/auth/authed-db";
import { isUuid } from "@/lib/ids/is-uuid";
import { CollectionMembers } from "../../_components/collection-members";

export const metadata: Metadata = { title: "Collection" };

export default async function CollectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { db, user } = await authedDb();
  const { id } = await params;
  const collection = isUuid(id) ? await collectionDetail(db, id) : null;
  if (!collection) notFound();
  const facts = [
    collection.kind ? (COLLECTION_KIND_LABELS[collection.kind as CollectionKind] ?? collection.kind) : null,
    collection.country,
    `${collection.sourceCount.toLocaleString("en-US")} outlet${collection.sourceCount === 1 ? "" : "s"}`,
  ].filter(Boolean);
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/sources" className="text-blue-700 hover:underline">
          ← Sources
        </Link>
      </nav>
      <PageHeader
        title={collection.name}
        description={[facts.join(" · "), collection.description].filter(Boolean).join(" — ")}
        actions={
          <>
            <Link href={`/articles?collection=${collection.id}`} className={buttonClasses("secondary")}>
              Articles
            </Link>
            <Link href={`/compare/collections?side=${collection.id}`} className={buttonClasses("secondary")}>
              Compare
            </Link>
          </>
        }
      />
      <Card>
        <CardHeader
          title="Outlets"
          description={
            collection.sourceCount > collection.sources.length
              ? `The first ${collection.sources.length.toLocaleString("en-US")}, by address.`
              : "By address."
          }
        />
        {collection.sources.length === 0 && !roleAtLeast(user.role, "editor") ? (
          <div className="p-4">
            <EmptyState title="No outlets yet" />
          </div>
        ) : (
          <CollectionMembers
            collectionId={collection.id}
            name={collection.name}
            canEdit={roleAtLeast(user.role, "editor")}
            members={collection.sources.map((s) => ({ id: s.id, key: s.key, label: sourceLabel(s) }))}
          />
        )}
      </Card>
    </>
  );
}
