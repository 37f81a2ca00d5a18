// Roles, least to most powerful. viewer: read everything and export. editor: also add articles,
// edit themes and schedules, retry jobs. admin: also users, other users' tokens and sessions.
import { z } from "zod";

export const ROLES = ["viewer", "editor", "admin"] as const;
export const roleSchema = z.enum(ROLES, { message: "a role: viewer, editor or admin" });
export type Role = z.infer<typeof roleSchema>;

/**
 * Token scopes: read (GET only), write (everything the owner's role allows), or metrics (only
 * GET /api/metrics: what a Prometheus scraper holds, so its secret opens nothing else).
 */
export const TOKEN_SCOPES = ["read", "write", "metrics"] as const;
export const tokenScopeSchema = z.enum(TOKEN_SCOPES);
export type TokenScope = z.infer<typeof tokenScopeSchema>;

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** A role as stored (text); anything unknown counts as the least privileged role. */
export function parseRole(stored: string): Role {
  const parsed = roleSchema.safeParse(stored);
  return parsed.success ? parsed.data : "viewer";
}

export function parseScope(stored: string): TokenScope {
  return stored === "write" || stored === "metrics" ? stored : "read";
}
