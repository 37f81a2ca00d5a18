// GET /api/tokens: your API tokens (prefix, created, last used, revoked) — never the secrets.
// POST /api/tokens {name}: a new token; the secret is in this response only (201).
import { prisma } from "@tidemark/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { listTokens } from "@/lib/settings/tokens";

export const GET = apiRoute({}, async ({ auth }) => ({ tokens: await listTokens(prisma, auth.user.id) }));

const body = z.object({
  name: z.string().trim().min(1, 'Name the token, e.g. "nightly import script"').max(100),
});

export const POST = apiRoute({ body }, async ({ auth, body }) => {
  const token = await createApiToken(auth.user.id, body.name);
  return NextResponse.json({ token }, { status: 201 });
});
