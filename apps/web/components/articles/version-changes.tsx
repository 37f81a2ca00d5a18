"use client";
// One version's changes against the one before, in a <details>. The newest pair arrives diffed
// and open; older pairs are diffed only when someone opens them (most never are), so the page
// never reads twenty full texts to show one diff.
import { type SyntheticEvent, useState } from "react";
import type { VersionPairDiff } from "@/lib/articles/version-pair-diff";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import { VersionDiff } from "./version-diff";

interface VersionChangesProps {
  articleId: string;
  version: number;
  previous: { version: number; title: string | null };
  title: string | null;
  /** The diff, when made on the server: the section starts open with it. */
  diff?: VersionPairDiff;
}

export function VersionChanges({ articleId, version, previous, title, diff: given }: VersionChangesProps) {
  const [diff, setDiff] = useState<VersionPairDiff | null>(given ?? null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleChanged = previous.title !== title;

  async function load(event: SyntheticEvent<HTMLDetailsElement>) {
    if (!event.currentTarget.open || diff || loading) return;
    setLoading(true);
    setError(null);
    try {
      setDiff(await apiFetch<VersionPairDiff>(`/api/articles/${articleId}/versions/${version}/diff`));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }

  return (
    <details className="mt-2" open={given !== undefined} onToggle={(e) => void load(e)}>
      <summary className="cursor-pointer text-sm text-blue-700">
        Changes from v{previous.version}
        {titleChanged ? " (title changed)" : ""}
      </summary>
      {titleChanged && (
        <p className="mt-1 text-sm">
          <del className="bg-red-100">{previous.title}</del> →{" "}
          <ins className="bg-emerald-100 no-underline">{title}</ins>
        </p>
      )}
      <div className="mt-2" aria-busy={loading}>
        {diff ? (
          <VersionDiff diff={diff} />
        ) : error ? (
          <p role="alert" className="text-sm text-red-700">
            Could not load the changes: {error}
          </p>
        ) : (
          <p className="text-sm text-slate-500">Loading the changes…</p>
        )}
      </div>
    </details>
  );
}
