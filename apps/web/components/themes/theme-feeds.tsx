// Where a theme's Atom and JSON feeds live, and what a reader needs to read them (a read token).
import { FeedCard } from "@/components/feeds/feed-card";

export function ThemeFeeds({ themeId }: { themeId: string }) {
  return <FeedCard base={`/api/feeds/themes/${themeId}`} />;
}
