// One evidence sentence with the matched words highlighted: the "why" behind a hit.
import type { StoredEvidence } from "@tidemark/themes/tagging";
import { HighlightedText, type ThemeStyle } from "./highlighted-text";

export function EvidenceSnippet({ evidence, theme }: { evidence: StoredEvidence; theme: ThemeStyle }) {
  const marks = evidence.spans.map(([start, end]) => ({ start, end, themeId: theme.id }));
  return (
    <blockquote className="border-l-2 pl-2 text-sm text-slate-700" style={{ borderColor: theme.color }}>
      {evidence.field === "title" && (
        <span className="mr-1 text-xs font-medium uppercase text-slate-500">title</span>
      )}
      <HighlightedText
        text={evidence.sentence}
        marks={marks}
        themes={new Map([[theme.id, theme]])}
        offset={evidence.start}
      />
    </blockquote>
  );
}
