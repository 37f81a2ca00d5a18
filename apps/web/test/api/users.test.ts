// Users and sessions through the API: an admin invites someone whose one-time password logs in,
// changes their role (which takes effect on their next request) and resets their password; people
// list and sign out their own sessions, and only admins can touch anyone else's.
import { prisma } from "@tidemark/db";
import { describe, expect, it } from "vitest";
import { POST as addArticles } from "@/app/api/articles/route";
import { POST as login } from "@/app/api/auth/login/route";
import { DELETE as revokeSession } from "@/app/api/sessions/[id]/route";
import { GET as listSessions } from "@/app/api/sessions/route";
import { POST as resetPassword } from "@/app/api/users/[id]/password/route";
import { PATCH as updateUser } from "@/app/api/users/[id]/route";
import { POST as inviteUser } from "@/app/api/users/route";
import { createTestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

describe("users", () => {
  it("invites a user whose printed password logs in, with the role given", async () => {
    const admin = await createTestUser("boss");
    const invited = await call(inviteUser, {
      method: "POST",
      path: "/api/users",
      as: { session: admin },
      json: { username: "newcomer", role: "viewer" },
    });
    expect(invited.status).toBe(201);
    const { user } = await json<{ user: { id: string; password: string; role: string } }>(invited);
    expect(user.role).toBe("viewer");
    const loggedIn = await call(login, {
      method: "POST",
      path: "/api/auth/login",
      json: { username: "newcomer", password: user.password },
    });
    expect(loggedIn.status).toBe(200);
    expect((await json<{ user: { role: string } }>(loggedIn)).user.role).toBe("viewer");

    const again = await call(inviteUser, {
      method: "POST",
      path: "/api/users",
      as: { session: admin },
      json: { username: "newcomer", role: "editor" },
    });
    expect(again.status).toBe(409);
  });

  it("applies a role change on the user's next request", async () => {
    const admin = await createTestUser("boss");
    const editor = await createTestUser("writer", "correct horse 1", { role: "editor" });
    const add = () =>
      call(addArticles, {
        method: "POST",
        path: "/api/articles",
        as: { session: editor },
        json: { urls: ["https://example.com/x"] },
      });
    expect((await add()).status).toBe(200);
    const demoted = await call(updateUser, {
      method: "PATCH",
      path: `/api/users/${editor.id}`,
      as: { session: admin },
      params: { id: editor.id },
      json: { role: "viewer" },
    });
    expect(demoted.status).toBe(200);
    expect((await add()).status).toBe(403);
  });

  it("resets a password: the old one and the old session stop working", async () => {
    const admin = await createTestUser("boss");
    const target = await createTestUser("forgetful", "old password 1", { role: "editor" });
    const reset = await call(resetPassword, {
      method: "POST",
      path: `/api/users/${target.id}/password`,
      as: { session: admin },
      params: { id: target.id },
    });
    expect(reset.status).toBe(200);
    const { password } = await json<{ password: string }>(reset);
    const sessions = await call(listSessions, { path: "/api/sessions", as: { session: target } });
    expect(sessions.status).toBe(401);
    const withOld = await call(login, {
      method: "POST",
      path: "/api/auth/login",
      json: { username: "forgetful", password: "old password 1" },
    });
    expect(withOld.status).toBe(401);
    const withNew = await call(login, {
      method: "POST",
      path: "/api/auth/login",
      json: { username: "forgetful", password },
    });
    expect(withNew.status).toBe(200);
  });
});

describe("sessions", () => {
  it("lists and signs out your own sessions; another user's only as an admin", async () => {
    const me = await createTestUser("me", "correct horse 1", { role: "editor" });
    const other = await createTestUser("other", "correct horse 1", { role: "viewer" });
    const admin = await createTestUser("boss");
    const listed = await json<{ sessions: { id: string; current: boolean }[] }>(
      await call(listSessions, { path: "/api/sessions", as: { session: me } }),
    );
    expect(listed.sessions).toHaveLength(1);
    expect(listed.sessions[0]?.current).toBe(true);

    const theirs = await prisma.session.findFirstOrThrow({ where: { userId: other.id } });
    const denied = await call(revokeSession, {
      method: "DELETE",
      path: `/api/sessions/${theirs.id}`,
      as: { session: me },
      params: { id: theirs.id },
    });
    expect(denied.status).toBe(404);
    const forbidden = await call(listSessions, {
      path: `/api/sessions?userId=${other.id}`,
      as: { session: me },
    });
    expect(forbidden.status).toBe(403);

    const byAdmin = await call(revokeSession, {
      method: "DELETE",
      path: `/api/sessions/${theirs.id}`,
      as: { session: admin },
      params: { id: theirs.id },
    });
    expect(byAdmin.status).toBe(200);
    expect(await prisma.session.count({ where: { userId: other.id } })).toBe(0);
  });
});
