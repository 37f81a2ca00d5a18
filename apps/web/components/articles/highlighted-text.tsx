// Text with theme evidence highlighted in each theme's colour. The text is rendered as text
// (React escapes it); nothing from the fetched page is ever inserted as HTML.
import type { CSSProperties } from "react";
import { type Mark, splitByMarks } from "@/lib/articles/highlight";

export interface ThemeStyle {
  id: string;
  name: string;
  color: string;
}

interface HighlightedTextProps {
  text: string;
  marks: readonly Mark[];
  themes: ReadonlyMap<string, ThemeStyle>;
  /** Offset of `text` in the field the marks refer to (for a sentence cut from the text). */
  offset?: number;
}

function markStyle(styles: ThemeStyle[]): CSSProperties {
  const [first] = styles;
  return {
    backgroundColor: `${first?.color ?? "#f59e0b"}33`,
    // One underline per theme, so overlapping themes stay visible.
    boxShadow: styles.map((s, i) => `inset 0 -${2 * (i + 1)}px 0 ${s.color}`).join(", "),
  };
}

export function HighlightedText({ text, marks, themes, offset = 0 }: HighlightedTextProps) {
  const runs = splitByMarks(text, marks, offset);
  return (
    <>
      {runs.map((run) => {
        if (run.themeIds.length === 0) return <span key={run.start}>{run.text}</span>;
        const styles = run.themeIds.flatMap((id) => {
          const style = themes.get(id);
          return style ? [style] : [];
        });
        return (
          <mark
            key={run.start}
            className="rounded-sm px-0.5 text-inherit"
            style={markStyle(styles)}
            title={styles.map((s) => s.name).join(", ")}
          >
            {run.text}
          </mark>
        );
      })}
    </>
  );
}
