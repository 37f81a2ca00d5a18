// GET /api/users: everyone who can log in, with their role (admin only).
// POST /api/users {username, role}: invite someone; the generated password is in this response
// only (201) — hand it over, they change it in Settings. Browser sessions only.
import { createUser, listUsers, newUserSchema } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute({ role: "admin" }, async () => ({ users: await listUsers(prisma) }));

export const POST = apiRoute(
  { role: "admin", tokens: "never", body: newUserSchema },
  async ({ body, log }) => {
    const user = await createUser(prisma, body);
    log.info({ userId: user.id, role: user.role }, "user invited");
    return NextResponse.json({ user }, { status: 201 });
  },
);
