// Settings: your API tokens, your signed-in browsers, your password; for admins, the users.
import { listUsers, roleAtLeast } from "@tidemark/accounts";
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { authedDb } from "@/lib/auth/authed-db";
import { listSessions } from "@/lib/auth/sessions";
import { demoStatuses } from "@/lib/demo/demo-statuses";
import { formatAgo, formatDateTime } from "@/lib/format/dates";
import { listTokens } from "@/lib/settings/tokens";
import { ChangePasswordForm } from "./_components/change-password-form";
import { CreateTokenForm } from "./_components/create-token-form";
import { DemoDataCard } from "./_components/demo-data-card";
import { InviteUserForm } from "./_components/invite-user-form";
import { RevokeSessionButton } from "./_components/revoke-session-button";
import { RevokeTokenButton } from "./_components/revoke-token-button";
import { UserActions } from "./_components/user-actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { db, user } = await authedDb();
  const [tokens, sessions, users, demo] = await Promise.all([
    listTokens(db, user.id),
    listSessions(user.id),
    user.role === "admin" ? listUsers(db) : Promise.resolve([]),
    demoStatuses(db),
  ]);
  const now = new Date();
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${user.username} (${user.role}).`} />
      <div className="space-y-6">
        {demo.length > 0 && <DemoDataCard corpora={demo} canManage={user.role === "admin"} />}
        <Card>
          <CardHeader
            title="API tokens"
            description="For scripts and the CLI: send as Authorization: Bearer tm_…. A read token can only make GET requests; a write token can do what your role allows. Tokens cannot create tokens."
          />
          <CardBody>
            <CreateTokenForm canWrite={roleAtLeast(user.role, "editor")} />
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
                  <Th>Scope</Th>
                  <Th>Created</Th>
                  <Th>Expires</Th>
                  <Th>Last used</Th>
                  <Th>
                    <span className="sr-only">Action</span>
                  </Th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => {
                  const expired = t.expiresAt !== null && t.expiresAt <= now;
                  return (
                    <tr key={t.id} className={t.revokedAt || expired ? "text-slate-500" : ""}>
                      <Td>{t.name}</Td>
                      <Td>
                        <code className="text-xs">{t.prefix}…</code>
                      </Td>
                      <Td className="text-xs">{t.scope}</Td>
                      <Td className="text-xs">{formatDateTime(t.createdAt)}</Td>
                      <Td className="text-xs">{t.expiresAt ? formatDateTime(t.expiresAt) : "never"}</Td>
                      <Td className="text-xs">{formatAgo(t.lastUsedAt, now)}</Td>
                      <Td className="text-right">
                        {t.revokedAt ? (
                          <Badge tone="neutral">revoked {formatAgo(t.revokedAt, now)}</Badge>
                        ) : expired ? (
                          <Badge tone="neutral">expired</Badge>
                        ) : (
                          <RevokeTokenButton id={t.id} name={t.name} />
                        )}
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          )}
        </Card>
        <Card>
          <CardHeader title="Signed-in browsers" description="Sign out any you do not recognise." />
          <Table>
            <thead>
              <tr>
                <Th>Browser</Th>
                <Th>Signed in</Th>
                <Th>Last seen</Th>
                <Th>
                  <span className="sr-only">Action</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <Td className="max-w-md truncate text-xs">{s.userAgent ?? "unknown"}</Td>
                  <Td className="text-xs">{formatDateTime(s.createdAt)}</Td>
                  <Td className="text-xs">{formatAgo(s.lastSeenAt, now)}</Td>
                  <Td className="text-right">
                    <RevokeSessionButton
                      id={s.id}
                      label={`the session from ${formatDateTime(s.createdAt)}`}
                    />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card>
          <CardHeader title="Password" description="Changing it signs out your other sessions." />
          <CardBody>
            <ChangePasswordForm />
          </CardBody>
        </Card>
        {user.role === "admin" && (
          <Card>
            <CardHeader
              title="Users"
              description="viewer: read everything and export · editor: also add articles, edit themes and schedules · admin: also users and other people's tokens."
            />
            <CardBody>
              <InviteUserForm />
            </CardBody>
            <Table>
              <thead>
                <tr>
                  <Th>User</Th>
                  <Th>Since</Th>
                  <Th>Sessions</Th>
                  <Th>Active tokens</Th>
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id}>
                    <Td>{u.username}</Td>
                    <Td className="text-xs">{formatDateTime(u.createdAt)}</Td>
                    <Td className="text-xs">{u._count.sessions}</Td>
                    <Td className="text-xs">{u._count.apiTokens}</Td>
                    <Td>
                      <UserActions id={u.id} username={u.username} role={u.role} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
        )}
      </div>
    </>
  );
}
