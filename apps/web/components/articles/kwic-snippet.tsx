// Keyword in context for a plain search: the passage where the searched words occur, with the
// words marked, like the theme filter's evidence sentence.
import type { SnippetPart } from "@tidemark/articles";

export function KwicSnippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <blockquote
      className="border-l-2 border-slate-300 pl-2 text-sm text-slate-700"
      data-testid="kwic-snippet"
    >
      {parts.map((part, i) =>
        part.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
          <span key={i}>{part.text}</span>
        ),
      )}
    </blockquote>
  );
}
