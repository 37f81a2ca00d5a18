// GET /api/sessions[?userId=]: signed-in browsers (user agent, started, last seen); an admin may
// list another user's. Browser sessions only.
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { listSessions } from "@/lib/auth/sessions";

const query = z.object({ userId: z.uuid({ message: "a user id" }).optional() });

export const GET = apiRoute({ role: "viewer", tokens: "never", query }, async ({ auth, query }) => {
  const userId = query.userId ?? auth.user.id;
  if (userId !== auth.user.id && auth.user.role !== "admin")
    throw new ApiError(403, "forbidden", "Only an admin can see other users' sessions.");
  const current = auth.via === "session" ? auth.sessionId : null;
  return { sessions: (await listSessions(userId)).map((s) => ({ ...s, current: s.id === current })) };
});
