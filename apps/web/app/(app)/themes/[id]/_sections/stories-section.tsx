// The stories this theme's articles belong to, most recently active first (the ten latest; the
// stories page lists them all).
import { listStories } from "@tidemark/stories";
import Link from "next/link";
import { StoryTable } from "@/components/stories/story-table";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { authedDb } from "@/lib/auth/authed-db";

export async function StoriesSection({ themeId }: { themeId: string }) {
  const { db } = await authedDb();
  const page = await listStories(db, { themeId, limit: 10 });
  return (
    <Card>
      <CardHeader
        title="Stories"
        description="Events this theme's articles report, with how many outlets told each."
        actions={
          <Link href={`/stories?theme=${themeId}`} className="text-sm text-blue-700 hover:underline">
            All stories →
          </Link>
        }
      />
      {page.stories.length === 0 ? (
        <div className="p-4">
          <EmptyState title="No stories yet">Stories form once matching articles are grouped.</EmptyState>
        </div>
      ) : (
        <StoryTable stories={page.stories} showThemeArticles />
      )}
    </Card>
  );
}
