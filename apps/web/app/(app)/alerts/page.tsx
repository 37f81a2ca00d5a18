// Alerts: the rules and the history of sent alerts with their delivery status. Rules are created,
// edited and tested through the API for now (docs/alerts.md).

import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDateTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Alerts" };

const STATUS_TONES = { pending: "amber", sending: "blue", sent: "green", failed: "red" } as const;

export default async function AlertsPage() {
  const { db } = await authedDb();
  const [rules, deliveries] = await Promise.all([
    db.alertRule.findMany({
      orderBy: { createdAt: "asc" },
      include: { theme: { select: { name: true } }, source: { select: { key: true } } },
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
        description="Rules that tell you when coverage moves, and every message sent. Create, edit and test rules with the API (POST /api/alerts; see docs/alerts.md)."
      />
      <Card className="mb-6">
        <CardHeader title="Rules" />
        {rules.length === 0 ? (
          <div className="p-4">
            <EmptyState title="No alert rules yet">Create one with POST /api/alerts.</EmptyState>
          </div>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Kind</Th>
                <Th>Watches</Th>
                <Th>Digest</Th>
                <Th>Channels</Th>
                <Th>Last evaluated</Th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.id}>
                  <Td>
                    {r.name} {!r.enabled && <Badge>paused</Badge>}
                  </Td>
                  <Td>{r.kind}</Td>
                  <Td>{r.theme?.name ?? r.source?.key ?? "—"}</Td>
                  <Td>{r.digest}</Td>
                  <Td>
                    {[r.webhookUrl ? `webhook (${r.webhookFormat})` : null, r.emailTo]
                      .filter(Boolean)
                      .join(", ")}
                  </Td>
                  <Td>{formatDateTime(r.lastEvaluatedAt)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
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
                  <Td>{formatDateTime(d.sentAt ?? d.createdAt)}</Td>
                  <Td>{d.rule.name}</Td>
                  <Td>{d.channel}</Td>
                  <Td numeric>{d.events}</Td>
                  <Td>
                    <Badge tone={STATUS_TONES[d.status]}>{d.status}</Badge>
                  </Td>
                  <Td numeric>{d.attempts}</Td>
                  <Td className="text-xs">{d.lastError ?? d.response ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
