// Runs once when the server starts: make sure someone can log in.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is inlined by Next.js at build time (not read from the environment at run
  // time); the literal check lets the Edge build drop the Node-only import below.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureAdmin } = await import("./lib/auth/ensure-admin");
  const outcome = await ensureAdmin();
  if (outcome === "created")
    console.log("[tidemark] Created the admin user from TIDEMARK_ADMIN_USERNAME/PASSWORD.");
  if (outcome === "no-password") {
    console.warn(
      "[tidemark] No users yet and TIDEMARK_ADMIN_PASSWORD is not set: set it and restart to create the admin.",
    );
  }
}
