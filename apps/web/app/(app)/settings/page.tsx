// Settings: API tokens for scripts and the CLI, and the password.
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { authedDb } from "@/lib/auth/authed-db";
import { requireUser } from "@/lib/auth/authenticate";
import { formatAgo, formatDateTime } from "@/lib/format/dates";
import { listTokens } from "@/lib/settings/tokens";
import { ChangePasswordForm } from "./_components/change-password-form";
import { CreateTokenForm } from "./_components/create-token-form";
import { RevokeTokenButton } from "./_components/revoke-token-button";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { db } = await authedDb();
  const user = await requireUser();
  const tokens = await listTokens(db, user.id);
  const now = new Date();
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${user.username}.`} />
      <div className="space-y-6">
        <Card>
          <CardHeader
            title="API tokens"
            description="For scripts and the CLI: send as Authorization: Bearer tm_…. Every API route accepts them."
          />
          <CardBody>
            <CreateTokenForm />
          </CardBody>
          {tokens.length === 0 ? (
            <div className="px-4 pb-4">
              <EmptyState title="No tokens yet" />
            </div>
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>Name</Th>
                  <Th>Prefix</Th>
                  <Th>Created</Th>
                  <Th>Last used</Th>
                  <Th>
                    <span className="sr-only">Action</span>
                  </Th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => (
                  <tr key={t.id} className={t.revokedAt ? "text-slate-400" : ""}>
                    <Td>{t.name}</Td>
                    <Td>
                      <code className="text-xs">{t.prefix}…</code>
                    </Td>
                    <Td className="text-xs">{formatDateTime(t.createdAt)}</Td>
                    <Td className="text-xs">{formatAgo(t.lastUsedAt, now)}</Td>
                    <Td className="text-right">
                      {t.revokedAt ? (
                        <Badge tone="neutral">revoked {formatAgo(t.revokedAt, now)}</Badge>
                      ) : (
                        <RevokeTokenButton id={t.id} name={t.name} />
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card>
          <CardHeader title="Password" description="Changing it signs out your other sessions." />
          <CardBody>
            <ChangePasswordForm />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
