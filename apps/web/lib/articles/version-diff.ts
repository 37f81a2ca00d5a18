// A readable diff between two stored versions of an article: word level, with long unchanged
// stretches folded to their first and last words so the changes stand out. Falls back to a
// line diff when the texts differ too much for a word diff to finish quickly.
import { diffLines, diffWords } from "diff";

export type DiffPart =
  | { kind: "same"; text: string }
  | { kind: "added"; text: string }
  | { kind: "removed"; text: string }
  | { kind: "folded"; chars: number };

const CONTEXT = 120;

export function versionDiff(before: string, after: string): { parts: DiffPart[]; changed: number } {
  const changes = diffWords(before, after, { timeout: 1_500 }) ?? diffLines(before, after);
  const parts: DiffPart[] = [];
  let changed = 0;
  changes.forEach((change, i) => {
    if (change.added || change.removed) {
      changed += 1;
      parts.push({ kind: change.added ? "added" : "removed", text: change.value });
      return;
    }
    const text = change.value;
    const isFirst = i === 0;
    const isLast = i === changes.length - 1;
    const keepHead = isFirst ? 0 : CONTEXT;
    const keepTail = isLast ? 0 : CONTEXT;
    if (text.length <= keepHead + keepTail + 40) {
      parts.push({ kind: "same", text });
      return;
    }
    if (keepHead > 0) parts.push({ kind: "same", text: text.slice(0, keepHead) });
    parts.push({ kind: "folded", chars: text.length - keepHead - keepTail });
    if (keepTail > 0) parts.push({ kind: "same", text: text.slice(text.length - keepTail) });
  });
  return { parts, changed };
}
