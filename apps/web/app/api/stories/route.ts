// GET /api/stories?theme=<id>&minOutlets=2&limit=25&cursor=…: stories (articles of several
// outlets about one event), most recently active first; with a theme, those with an article it
// matches. `nextCursor` fetches the next page.
import { prisma } from "@tidemark/db";
import { listStories, StoryCursorError, storyListSchema } from "@tidemark/stories";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute({ role: "viewer", query: storyListSchema }, async ({ query }) => {
  try {
    return await listStories(prisma, query);
  } catch (error) {
    if (error instanceof StoryCursorError) throw new ApiError(400, "bad_cursor", error.message);
    throw error;
  }
});
