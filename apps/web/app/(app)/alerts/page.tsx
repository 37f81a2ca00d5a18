// Alerts: the rules (editors create, edit, test and delete them here or through the API) and the
// history of sent alerts with their delivery status (docs/alerts.md).
import { roleAtLeast } from "@tidemark/accounts";
import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { describeRule } from "@/lib/alerts/describe-rule";
import { ruleSubject } from "@/lib/alerts/rule-subject";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDateTime } from "@/lib/format/dates";
import { RuleActions } from "./_components/rule-actions";

export const metadata: Metadata = { title: "Alerts" };

const STATUS_TONES = { pending: "amber", sending: "blue", sent: "green", failed: "red" } as const;
const DIGESTS = { none: "each alert at once", hourly: "hourly digest", daily: "daily digest" } as const;

export default async function AlertsPage() {
  const { db, user } = await authedDb();
  const canEdit = roleAtLeast(user.role, "editor");
  const [rules, deliveries] = await Promise.all([
    db.alertRule.findMany({
      orderBy: { createdAt: "asc" },
      include: {
        theme: { select: { name: true } },
        source: { select: { key: true, name: true } },
        collection: { select: { name: true } },
      },
    }),
    db.alertDelivery.findMany({
      orderBy: { createdAt: "desc" },
      take: 50,
      include: { rule: { select: { name: true } } },
    }),
  ]);
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Rules that tell you when coverage moves, by webhook or e-mail, and every message sent."
        actions={
          canEdit && (
            <Link href="/alerts/new" className={buttonClasses("primary")}>
              New rule
            </Link>
          )
        }
      />
      <Card className="mb-6">
        <CardHeader title="Rules" description="Evaluated every minute by the worker." />
        {rules.length === 0 ? (
          <div className="p-4">
            <EmptyState title="No alert rules yet">
              {canEdit
                ? "Create one with New rule, or with Alert me on a theme's page or an article search."
                : "An editor can create rules; you can see them here."}
            </EmptyState>
          </div>
        ) : (
          <ul aria-label="Alert rules" className="divide-y divide-slate-100">
            {rules.map((r) => (
              <li
                key={r.id}
                className="grid grid-cols-[minmax(0,1fr)] gap-3 px-4 py-3 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]"
              >
                <div className="min-w-0 space-y-1">
                  <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                    {r.name} {!r.enabled && <Badge>paused</Badge>}
                  </p>
                  <p className="text-sm text-slate-700">{describeRule(r, ruleSubject(r))}</p>
                  <p className="break-words text-xs text-slate-500">
                    {[
                      r.webhookUrl
                        ? `webhook (${r.webhookFormat}${r.webhookSecret ? ", signed" : ""}) ${r.webhookUrl}`
                        : null,
                      r.emailTo ? `e-mail ${r.emailTo}` : null,
                      DIGESTS[r.digest],
                      `last evaluated ${formatDateTime(r.lastEvaluatedAt)}`,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {r.query !== null && (
                    <p className="text-xs text-slate-600">
                      Feeds of this search:{" "}
                      <a href={`/api/feeds/alerts/${r.id}/atom`} className="text-blue-700 underline">
                        Atom
                      </a>{" "}
                      ·{" "}
                      <a href={`/api/feeds/alerts/${r.id}/json`} className="text-blue-700 underline">
                        JSON Feed
                      </a>{" "}
                      (for a feed reader, add <code>?token=</code> with a read-scoped token)
                    </p>
                  )}
                </div>
                {canEdit && <RuleActions id={r.id} name={r.name} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <CardHeader
          title="Sent alerts"
          description="The latest 50 deliveries, with their status and the receiver's answer."
        />
        {deliveries.length === 0 ? (
          <div className="p-4">
            <EmptyState title="Nothing sent yet" />
          </div>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>When</Th>
                <Th>Rule</Th>
                <Th>Channel</Th>
                <Th numeric>Events</Th>
                <Th>Status</Th>
                <Th numeric>Attempts</Th>
                <Th>Answer / error</Th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(d.sentAt ?? d.createdAt)}</Td>
                  <Td>{d.rule.name}</Td>
                  <Td>{d.channel}</Td>
                  <Td numeric>{d.batchKey.startsWith("test:") ? "test" : d.events}</Td>
                  <Td>
                    <Badge tone={STATUS_TONES[d.status]}>{d.status}</Badge>
                  </Td>
                  <Td numeric>{d.attempts}</Td>
                  <Td className="min-w-64 text-xs">{d.lastError ?? d.response ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
