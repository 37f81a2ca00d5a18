// A table of stories: label (or the first article's title), outlets, articles, text families and
// when the story was first and last seen.
import type { StoryRow } from "@tidemark/stories";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";

export function StoryTable({
  stories,
  showThemeArticles = false,
}: {
  stories: StoryRow[];
  showThemeArticles?: boolean;
}) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Story</Th>
          <Th numeric>Outlets</Th>
          <Th numeric>Articles</Th>
          <Th numeric>Texts</Th>
          {showThemeArticles && <Th numeric>Matching</Th>}
          <Th>First seen</Th>
        </tr>
      </thead>
      <tbody>
        {stories.map((s) => (
          <tr key={s.id}>
            <Td className="max-w-md">
              <Link href={`/stories/${s.id}`} className="font-medium text-blue-700 hover:underline">
                {s.label || s.headTitle || "Untitled story"}
              </Link>
              {s.headTitle && s.label && <div className="truncate text-xs text-slate-500">{s.headTitle}</div>}
            </Td>
            <Td numeric>{formatCount(s.outletCount)}</Td>
            <Td numeric>{formatCount(s.articleCount)}</Td>
            <Td numeric>{formatCount(s.familyCount)}</Td>
            {showThemeArticles && <Td numeric>{formatCount(s.themeArticles ?? 0)}</Td>}
            <Td className="whitespace-nowrap">{formatDateTime(s.firstSeenAt)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
