// GET /api/tokens[?userId=]: API tokens (prefix, scope, expiry, last used, revoked), never the
// secrets; an admin may list another user's. POST /api/tokens {name, scope, expiresInDays?}: a new
// token of your own; the secret is in this response only (201). Browser sessions only: a token
// can never create (or list) tokens.

import { tokenScopeSchema } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { listTokens } from "@/lib/settings/tokens";

const query = z.object({ userId: z.uuid({ message: "a user id" }).optional() });

export const GET = apiRoute({ role: "viewer", tokens: "never", query }, async ({ auth, query }) => {
  const userId = query.userId ?? auth.user.id;
  if (userId !== auth.user.id && auth.user.role !== "admin")
    throw new ApiError(403, "forbidden", "Only an admin can see other users' tokens.");
  return { tokens: await listTokens(prisma, userId) };
});

const body = z.object({
  name: z.string().trim().min(1, 'Name the token, e.g. "nightly import script"').max(100),
  scope: tokenScopeSchema.default("read"),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const POST = apiRoute({ role: "viewer", tokens: "never", body }, async ({ auth, body }) => {
  if (body.scope === "write" && auth.user.role === "viewer")
    throw new ApiError(403, "forbidden", "A viewer can only create read tokens.");
  const expiresAt = body.expiresInDays ? new Date(Date.now() + body.expiresInDays * 86_400_000) : null;
  const token = await createApiToken(auth.user.id, { name: body.name, scope: body.scope, expiresAt });
  return NextResponse.json({ token }, { status: 201 });
});
