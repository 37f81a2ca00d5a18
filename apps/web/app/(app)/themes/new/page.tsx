import type { Metadata } from "next";
import { ThemeEditor } from "@/components/themes/theme-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/authenticate";

export const metadata: Metadata = { title: "New theme" };

export default async function NewThemePage() {
  await requireRole("editor");
  return (
    <>
      <PageHeader
        title="New theme"
        description="A theme is a boolean query over article titles and texts. The preview shows what it matches before you save."
      />
      <ThemeEditor
        initial={{ name: "", description: "", color: "#2563eb", kind: "theme", active: true, definition: "" }}
      />
    </>
  );
}
