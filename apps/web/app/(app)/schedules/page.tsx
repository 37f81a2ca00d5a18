// Schedules: re-ingest jobs that catch edits, and the feeds and sitemaps Tidemark polls for new
// articles. Postgres holds them; the worker's timers are rebuilt from here at every start.
import { roleAtLeast } from "@tidemark/accounts";
import type { Metadata } from "next";
import { ScheduleTable } from "@/components/schedules/schedule-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { authedDb } from "@/lib/auth/authed-db";
import { scheduleJson } from "@/lib/schedules/schedule-json";
import { OpmlImport } from "./_components/opml-import";
import { ScheduleForm } from "./_components/schedule-form";

export const metadata: Metadata = { title: "Schedules" };

export default async function SchedulesPage() {
  const { db, user } = await authedDb();
  const canEdit = roleAtLeast(user.role, "editor");
  const [schedules, sources, themes] = await Promise.all([
    db.schedule.findMany({
      orderBy: { createdAt: "asc" },
      include: { source: { select: { name: true, key: true } } },
    }),
    db.source.findMany({
      orderBy: { key: "asc" },
      select: { id: true, key: true, name: true },
      take: 500,
    }),
    db.theme.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return (
    <>
      <PageHeader
        title="Schedules"
        description="Feeds and sitemaps polled for new articles, and re-ingests that catch edits to articles already stored."
      />
      <Card>
        <CardHeader
          title="Schedules"
          description="Times are shown in UTC."
          actions={
            <a
              href="/api/schedules/opml"
              download
              className="text-sm font-medium text-blue-700 hover:underline"
            >
              Export feeds as OPML
            </a>
          }
        />
        {schedules.length ? (
          <ScheduleTable schedules={schedules.map(scheduleJson)} canEdit={canEdit} />
        ) : (
          <div className="p-4">
            <EmptyState title="No schedules yet">
              Subscribe to a feed or a sitemap, or re-ingest articles regularly, below.
            </EmptyState>
          </div>
        )}
      </Card>
      {canEdit && (
        <Card className="mt-6">
          <CardHeader title="New schedule" />
          <CardBody>
            <ScheduleForm
              sources={sources.map((s) => ({ id: s.id, label: s.name ?? s.key }))}
              themes={themes.map((t) => ({ id: t.id, label: t.name }))}
            />
          </CardBody>
        </Card>
      )}
      {canEdit && (
        <Card className="mt-6">
          <CardHeader title="Import feeds" description="Subscribe to every feed in an OPML file at once." />
          <CardBody>
            <OpmlImport />
          </CardBody>
        </Card>
      )}
    </>
  );
}
