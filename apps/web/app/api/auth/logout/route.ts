import { cookies } from "next/headers";
import { apiRoute } from "@/lib/api/route";
import { CSRF_COOKIE, SESSION_COOKIE } from "@/lib/auth/cookies";
import { deleteSession } from "@/lib/auth/sessions";

export const POST = apiRoute({}, async () => {
  const jar = await cookies();
  await deleteSession(jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  jar.delete(CSRF_COOKIE);
  return { ok: true };
});
