// "A feed URL, or a site URL": before saving a feed schedule, find the feed it means, and name
// the schedule after the feed's title when the user gave no name.
import { discoverFeedUrl, type ScheduleInput } from "@tidemark/schedules";
import { webFetcher } from "@/lib/server/fetcher";

export async function withResolvedFeed(input: ScheduleInput): Promise<ScheduleInput> {
  if (input.kind !== "feed") return input;
  const { feedUrl, title } = await discoverFeedUrl(webFetcher(), input.params.url);
  const name = input.name?.trim() || title || undefined;
  return { ...input, ...(name ? { name } : {}), params: { url: feedUrl } };
}
