// Two versions side by side in one text: removed words struck through in red, added in green.
// Only draws a diff made on the server (version-pair-diff.ts), so it also renders in the browser.
import type { DiffPart } from "@/lib/articles/version-diff";
import { formatCount } from "@/lib/format/numbers";

export function VersionDiff({ diff }: { diff: { parts: DiffPart[]; changed: number } }) {
  if (diff.changed === 0)
    return <p className="text-sm text-slate-500">The texts are identical (only metadata changed).</p>;
  return (
    <div className="max-h-96 overflow-y-auto whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 p-3 text-sm leading-6">
      {diff.parts.map((part, i) => {
        const key = `${i}-${part.kind}`;
        if (part.kind === "folded")
          return (
            <span key={key} className="mx-1 rounded bg-slate-200 px-1 text-xs text-slate-600">
              … {formatCount(part.chars)} unchanged characters …
            </span>
          );
        if (part.kind === "added")
          return (
            <ins key={key} className="bg-emerald-100 text-emerald-900 no-underline">
              {part.text}
            </ins>
          );
        if (part.kind === "removed")
          return (
            <del key={key} className="bg-red-100 text-red-900">
              {part.text}
            </del>
          );
        return <span key={key}>{part.text}</span>;
      })}
    </div>
  );
}
