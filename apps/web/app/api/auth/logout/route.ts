// POST /api/auth/logout: ends this browser session (the row is deleted, the cookies cleared).
import { prisma } from "@tidemark/db";
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/route";
import { CSRF_COOKIE, SESSION_COOKIE } from "@/lib/auth/cookies";

export const POST = apiRoute({ role: "viewer", tokens: "never" }, async ({ auth }) => {
  if (auth.via === "session") await prisma.session.deleteMany({ where: { id: auth.sessionId } });
  const response = NextResponse.json({ ok: true });
  response.cookies.delete(SESSION_COOKIE);
  response.cookies.delete(CSRF_COOKIE);
  return response;
});
