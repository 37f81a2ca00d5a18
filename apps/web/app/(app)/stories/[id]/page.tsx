// One story: its label and counts, a per-day timeline, the outlets that told it (first first),
// every article with its copies marked, and the themes its articles match.
import { storyDetail } from "@tidemark/stories";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDateTime, formatDay } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import { isUuid } from "@/lib/ids/is-uuid";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { db } = await authedDb();
  const { id } = await params;
  const story = isUuid(id) ? await db.story.findUnique({ where: { id }, select: { label: true } }) : null;
  return { title: story?.label || "Story" };
}

export default async function StoryPage({ params }: Props) {
  const { db } = await authedDb();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const story = await storyDetail(db, id);
  if (!story) notFound();
  const head = story.members.find((m) => m.id === story.headArticleId) ?? story.members[0];
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/stories" className="text-blue-700 hover:underline">
          ← Stories
        </Link>
      </nav>
      <PageHeader
        title={story.label || head?.title || "Story"}
        description={`${formatCount(story.outletCount)} outlets · ${formatCount(story.articleCount)} articles · ${formatCount(story.familyCount)} distinct texts · first seen ${formatDateTime(story.firstSeenAt)} · last ${formatDateTime(story.lastSeenAt)}`}
      />
      <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card>
            <CardHeader
              title="Timeline"
              description="Articles per day (UTC); copies are later copies of a text already told."
            />
            <Table>
              <thead>
                <tr>
                  <Th>Day</Th>
                  <Th numeric>Articles</Th>
                  <Th numeric>Outlets</Th>
                  <Th numeric>Copies</Th>
                </tr>
              </thead>
              <tbody>
                {story.timeline.map((d) => (
                  <tr key={d.day}>
                    <Td>{formatDay(d.day)}</Td>
                    <Td numeric>{formatCount(d.articles)}</Td>
                    <Td numeric>{formatCount(d.outlets)}</Td>
                    <Td numeric>{formatCount(d.copies)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
          <Card>
            <CardHeader
              title="Articles"
              description={
                story.membersTruncated
                  ? `The first ${story.members.length} of ${story.articleCount}, earliest first.`
                  : "Earliest first."
              }
            />
            <ol aria-label="Articles of the story" className="divide-y divide-slate-100">
              {story.members.map((m) => (
                <li key={m.id} className="px-4 py-2 text-sm">
                  <Link href={`/articles/${m.id}`} className="break-words text-blue-700 hover:underline">
                    {m.title ?? m.url}
                  </Link>{" "}
                  {!m.familyHead && <Badge tone="neutral">copy</Badge>}
                  <p className="text-xs text-slate-500">
                    {m.source?.name ?? "—"} · {formatDateTime(m.at)}
                  </p>
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Outlets" description="In the order they first told the story." />
            <Table>
              <thead>
                <tr>
                  <Th>Outlet</Th>
                  <Th numeric>Articles</Th>
                  <Th>First</Th>
                </tr>
              </thead>
              <tbody>
                {story.outlets.map((o) => (
                  <tr key={o.id ?? o.name}>
                    <Td className="max-w-40 truncate">{o.name}</Td>
                    <Td numeric>{formatCount(o.articles)}</Td>
                    <Td>{formatDateTime(o.firstAt)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
          <Card>
            <CardHeader title="Matching themes" />
            {story.themes.length === 0 ? (
              <p className="p-4 text-sm text-slate-600">No theme matches these articles.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {story.themes.map((t) => (
                  <li key={t.id} className="flex items-center justify-between gap-2 px-4 py-2 text-sm">
                    <Link
                      href={`/themes/${t.id}`}
                      className="flex items-center gap-2 text-blue-700 hover:underline"
                    >
                      <span
                        aria-hidden="true"
                        className="size-2.5 rounded-full"
                        style={{ backgroundColor: t.color }}
                      />
                      {t.name}
                    </Link>
                    <span className="text-slate-500">{formatCount(t.articles)} articles</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card>
            <CardHeader title="Label" description="The terms (t:) and entities (e:) most articles share." />
            <ul className="flex flex-wrap gap-1.5 p-4">
              {story.keys.map((k) => (
                <li key={k.key}>
                  <Badge tone="neutral">
                    {k.key} · {k.articles}
                  </Badge>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
