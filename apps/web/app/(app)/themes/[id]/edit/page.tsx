import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ThemeEditor } from "@/components/themes/theme-editor";
import { PageHeader } from "@/components/ui/page-header";
import { authedDb } from "@/lib/auth/authed-db";
import { themePageId } from "@/lib/themes/theme-page-id";

export const metadata: Metadata = { title: "Edit theme" };

export default async function EditThemePage({ params }: { params: Promise<{ id: string }> }) {
  const { db } = await authedDb("editor");
  const id = await themePageId(db, (await params).id, (themeId) => `/themes/${themeId}/edit`);
  const theme = await db.theme.findUnique({
    where: { id },
    include: { currentVersion: { select: { version: true, definition: true } } },
  });
  if (!theme) notFound();
  return (
    <>
      <PageHeader
        title={`Edit “${theme.name}”`}
        description={`Current definition: v${theme.currentVersion?.version ?? "–"}.`}
      />
      <ThemeEditor
        themeId={theme.id}
        currentVersion={theme.currentVersion?.version ?? 0}
        initial={{
          name: theme.name,
          description: theme.description,
          color: theme.color,
          kind: theme.kind,
          active: theme.active,
          definition: theme.currentVersion?.definition ?? "",
        }}
      />
    </>
  );
}
