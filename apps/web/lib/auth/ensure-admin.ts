// On first start (no users yet), create the admin from TIDEMARK_ADMIN_USERNAME/PASSWORD.

import { hashPassword } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { env } from "@/env";

export async function ensureAdmin(): Promise<"created" | "exists" | "no-password"> {
  if ((await prisma.user.count()) > 0) return "exists";
  if (!env.TIDEMARK_ADMIN_PASSWORD) return "no-password";
  await prisma.user.upsert({
    where: { username: env.TIDEMARK_ADMIN_USERNAME },
    create: {
      username: env.TIDEMARK_ADMIN_USERNAME,
      role: "admin",
      passwordHash: await hashPassword(env.TIDEMARK_ADMIN_PASSWORD),
    },
    update: {},
  });
  return "created";
}
