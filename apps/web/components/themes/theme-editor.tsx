"use client";
// Creating or editing a theme: the definition with syntax errors shown inline as you type, a live
// preview of what it matches, and the presentation fields. Ctrl/⌘+Enter saves from the
// definition box (Enter there is a new line); Enter saves from any other field.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { ApiClientError, apiFetch, errorMessage } from "@/lib/client/api-fetch";
import { DefinitionDiagnostic, type Diagnostic } from "./definition-diagnostic";
import { DeleteThemeButton } from "./delete-theme-button";
import { ThemePreview } from "./theme-preview";
import { useDefinitionPreview } from "./use-definition-preview";

export interface ThemeDraft {
  name: string;
  description: string;
  color: string;
  kind: "theme" | "organisation" | "person" | "place";
  active: boolean;
  definition: string;
}

interface ThemeEditorProps {
  themeId?: string;
  initial: ThemeDraft;
  currentVersion?: number;
}

export function ThemeEditor({ themeId, initial, currentVersion }: ThemeEditorProps) {
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [note, setNote] = useState("");
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saveDiagnostic, setSaveDiagnostic] = useState<Diagnostic | null>(null);
  const preview = useDefinitionPreview(draft.definition);
  const saved = useDefinitionPreview(initial.definition, 0);
  const diagnostic =
    preview.result && !preview.result.ok && draft.definition.trim() !== ""
      ? preview.result.error
      : saveDiagnostic;
  const definitionChanged = themeId !== undefined && draft.definition !== initial.definition;

  const set = <K extends keyof ThemeDraft>(key: K, value: ThemeDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (key === "definition") setSaveDiagnostic(null);
  };

  async function save(event?: FormEvent) {
    event?.preventDefault();
    setSaving(true);
    setSaveError(null);
    try {
      if (themeId) {
        await apiFetch(`/api/themes/${themeId}`, {
          method: "PATCH",
          json: { ...draft, ...(definitionChanged && note.trim() ? { note: note.trim() } : {}) },
        });
        router.push(`/themes/${themeId}`);
      } else {
        const created = await apiFetch<{ theme: { themeId: string } }>("/api/themes", { json: draft });
        router.push(`/themes/${created.theme.themeId}`);
      }
      router.refresh();
    } catch (err) {
      if (err instanceof ApiClientError && err.body.diagnostic) setSaveDiagnostic(err.body.diagnostic);
      setSaveError(errorMessage(err));
      setSaving(false);
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form onSubmit={save} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
        <Field
          label="Definition"
          htmlFor="definition"
          hint={'Words, "phrases", wildcard*, AND, OR, NOT, NEAR/n and (parentheses). Ctrl+Enter saves.'}
        >
          <Textarea
            id="definition"
            name="definition"
            rows={6}
            value={draft.definition}
            spellCheck={false}
            aria-invalid={diagnostic ? true : undefined}
            aria-describedby={diagnostic ? "definition-diagnostic" : "definition-hint"}
            onChange={(e) => set("definition", e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void save();
            }}
            className={diagnostic ? "border-red-400" : ""}
          />
        </Field>
        {diagnostic && (
          <DefinitionDiagnostic
            id="definition-diagnostic"
            source={draft.definition}
            diagnostic={diagnostic}
            tone="error"
          />
        )}
        {!diagnostic &&
          preview.result?.warnings.map((w) => (
            <DefinitionDiagnostic
              key={`${w.offset}-${w.message}`}
              source={draft.definition}
              diagnostic={w}
              tone="warning"
            />
          ))}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Name" htmlFor="name">
            <Input
              id="name"
              name="name"
              required
              value={draft.name}
              onChange={(e) => set("name", e.target.value)}
            />
          </Field>
          <Field label="Kind" htmlFor="kind">
            <Select
              id="kind"
              name="kind"
              value={draft.kind}
              onChange={(e) => set("kind", e.target.value as ThemeDraft["kind"])}
            >
              <option value="theme">Theme</option>
              <option value="organisation">Organisation</option>
              <option value="person">Person</option>
              <option value="place">Place</option>
            </Select>
          </Field>
        </div>
        <Field label="Description" htmlFor="description">
          <Input
            id="description"
            name="description"
            value={draft.description}
            onChange={(e) => set("description", e.target.value)}
          />
        </Field>
        <div className="flex flex-wrap items-end gap-6">
          <Field label="Colour" htmlFor="color">
            <div className="flex items-center gap-2">
              <input
                id="color"
                type="color"
                value={draft.color}
                onChange={(e) => set("color", e.target.value)}
                className="h-9 w-12 cursor-pointer rounded border border-slate-300 bg-white"
              />
              <code className="text-sm text-slate-600">{draft.color}</code>
            </div>
          </Field>
          <label className="flex items-center gap-2 pb-2 text-sm">
            <input
              type="checkbox"
              checked={draft.active}
              onChange={(e) => set("active", e.target.checked)}
              className="size-4"
            />
            Active (tag new articles)
          </label>
        </div>
        {definitionChanged && (
          <Field
            label={`Note for v${(currentVersion ?? 0) + 1}`}
            htmlFor="note"
            hint="Why the definition changed; shown in the version history."
          >
            <Input id="note" name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
        )}
        {definitionChanged && (
          <Alert tone="info">
            Saving creates v{(currentVersion ?? 0) + 1} and re-tags every article. Charts keep showing v
            {currentVersion} until that backfill completes.
          </Alert>
        )}
        {saveError && <Alert tone="error">{saveError}</Alert>}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex gap-2">
            <Button
              type="submit"
              disabled={saving || draft.name.trim() === "" || draft.definition.trim() === ""}
            >
              {saving ? "Saving…" : themeId ? "Save changes" : "Create theme"}
            </Button>
            <Button variant="secondary" onClick={() => router.back()}>
              Cancel
            </Button>
          </div>
          {themeId && <DeleteThemeButton themeId={themeId} name={initial.name} />}
        </div>
      </form>
      <ThemePreview
        result={preview.result}
        loading={preview.loading}
        error={preview.error}
        color={draft.color}
        name={draft.name}
        saved={themeId ? saved.result : undefined}
      />
    </div>
  );
}
