// Sources: the outlets Tidemark knows and the collections they are grouped in (Media Cloud's core
// unit: "US national", "China state media", "Trade press"). Collections are made from ticked
// outlets, from a pasted list of addresses, or from a CSV file; a source can be in many.
import { roleAtLeast } from "@tidemark/accounts";
import { COLLECTION_KIND_LABELS, type CollectionKind, listCollections } from "@tidemark/collections";
import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listSources, sourceLabel } from "@/lib/articles/list-sources";
import { authedDb } from "@/lib/auth/authed-db";
import type { RawParams } from "@/lib/search-params/schemas";
import { CollectionForm } from "./_components/collection-form";
import { CollectionsCsvImport } from "./_components/collections-csv-import";
import { OutletPicker } from "./_components/outlet-picker";

export const metadata: Metadata = { title: "Sources" };

const OUTLETS_SHOWN = 200;

export default async function SourcesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { db, user } = await authedDb();
  const canEdit = roleAtLeast(user.role, "editor");
  const raw = await searchParams;
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 100) : "";
  const [collections, outlets] = await Promise.all([
    listCollections(db),
    listSources(db, OUTLETS_SHOWN, q || undefined),
  ]);
  const memberships = await db.sourceCollectionMember.findMany({
    where: { sourceId: { in: outlets.map((o) => o.id) } },
    select: { sourceId: true, collection: { select: { name: true } } },
  });
  const inCollections = new Map<string, string[]>();
  for (const m of memberships)
    inCollections.set(m.sourceId, [...(inCollections.get(m.sourceId) ?? []), m.collection.name]);

  return (
    <>
      <PageHeader
        title="Sources"
        description="Outlets and the collections you group them in. Series, Compare, search and exports can be narrowed to a collection."
      />
      <Card className="mb-6">
        <CardHeader
          title="Collections"
          description="Named groups of outlets; a source can belong to many."
          actions={
            collections.length > 1 ? (
              <Link href="/compare/collections" className={buttonClasses("secondary")}>
                Compare collections
              </Link>
            ) : undefined
          }
        />
        {collections.length === 0 ? (
          <div className="p-4">
            <EmptyState title="No collections yet">
              Create one below from a list of addresses or a CSV file, or tick outlets in the list further
              down.
            </EmptyState>
          </div>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Collection</Th>
                <Th>Kind</Th>
                <Th>Country</Th>
                <Th numeric>Outlets</Th>
                <Th className="text-right">Articles</Th>
              </tr>
            </thead>
            <tbody>
              {collections.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link
                      href={`/sources/collections/${c.id}`}
                      className="font-medium text-blue-700 hover:underline"
                    >
                      {c.name}
                    </Link>
                    {c.description && <p className="line-clamp-1 text-xs text-slate-500">{c.description}</p>}
                  </Td>
                  <Td>
                    {c.kind ? (
                      <Badge tone="violet">
                        {COLLECTION_KIND_LABELS[c.kind as CollectionKind] ?? c.kind}
                      </Badge>
                    ) : (
                      "—"
                    )}
                  </Td>
                  <Td>{c.country ?? "—"}</Td>
                  <Td numeric>{c.sources.toLocaleString("en-US")}</Td>
                  <Td className="text-right">
                    <Link
                      href={`/articles?collection=${c.id}`}
                      className="text-sm text-blue-700 hover:underline"
                    >
                      Articles →
                    </Link>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {canEdit && (
        <div className="mb-6 grid gap-6 xl:grid-cols-2">
          <Card>
            <CardHeader title="New collection" description="From a pasted list of addresses." />
            <CardBody>
              <CollectionForm />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Import collections" description="Several collections from one CSV file." />
            <CardBody>
              <CollectionsCsvImport />
            </CardBody>
          </Card>
        </div>
      )}
      <Card>
        <CardHeader
          title="Outlets"
          description={`Most articles first${outlets.length === OUTLETS_SHOWN ? `, the first ${OUTLETS_SHOWN}` : ""}.`}
          actions={
            <form method="get" aria-label="Search outlets" className="flex gap-2">
              <label htmlFor="outlet-search" className="sr-only">
                Search outlets
              </label>
              <Input
                id="outlet-search"
                name="q"
                type="search"
                defaultValue={q}
                placeholder="Search outlets"
                className="w-56"
              />
              <button type="submit" className={buttonClasses("secondary")}>
                Search
              </button>
            </form>
          }
        />
        {outlets.length === 0 ? (
          <div className="p-4">
            <EmptyState title={q ? "No outlet matches" : "No outlets yet"}>
              Outlets appear as articles are added, or when a collection names them.
            </EmptyState>
          </div>
        ) : canEdit ? (
          <OutletPicker
            outlets={outlets.map((o) => ({
              id: o.id,
              key: o.key,
              label: sourceLabel(o),
              articles: o.articles,
              collections: inCollections.get(o.id) ?? [],
            }))}
            collections={collections.map((c) => ({ id: c.id, name: c.name }))}
          />
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Outlet</Th>
                <Th>Collections</Th>
                <Th numeric>Articles</Th>
              </tr>
            </thead>
            <tbody>
              {outlets.map((o) => (
                <tr key={o.id}>
                  <Td>{sourceLabel(o)}</Td>
                  <Td className="text-xs text-slate-600">
                    {(inCollections.get(o.id) ?? []).join(", ") || "—"}
                  </Td>
                  <Td numeric>{o.articles.toLocaleString("en-US")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
