// Remote mode against a real server: the worker and the built dashboard (infra/supervise.mjs) on
// this test's own port, database and Redis prefix, an API token made through the API, and the
// `tidemark` command with TIDEMARK_URL/TIDEMARK_TOKEN and no usable DATABASE_URL. `add --wait`
// follows two real fetches (one page, one 404) from a local fixture server to their end.
import { html, startFixtureServer } from "@tidemark/testing";
import { describe, expect, it } from "vitest";
import { environment, run, SUPERVISE, until } from "./processes.ts";
import { runCli } from "./run-cli.ts";

const ARTICLE = `<!doctype html><html lang="en"><head><title>Data privacy rules tighten</title>
<meta property="article:published_time" content="2024-03-04T09:00:00Z"></head><body><article>
<h1>Data privacy rules tighten</h1>${"<p>Regulators said on Monday that data privacy rules for apps will tighten next year, and companies must report breaches within three days.</p>".repeat(4)}
</article></body></html>`;

async function apiToken(origin: string, username: string, password: string): Promise<string> {
  const login = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ username, password }),
  });
  expect(login.status).toBe(200);
  const cookies = login.headers.getSetCookie().map((c) => c.split(";")[0]);
  const csrf = cookies.find((c) => c?.startsWith("tidemark_csrf="))?.split("=")[1] ?? "";
  const created = await fetch(`${origin}/api/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, cookie: cookies.join("; "), "x-csrf-token": csrf },
    body: JSON.stringify({ name: "cli test", scope: "write" }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { token: { token: string } }).token.token;
}

describe("remote mode (TIDEMARK_URL + TIDEMARK_TOKEN)", () => {
  it("adds and waits, manages themes, prints series and exports over the API, and refuses what needs the database", async () => {
    const pages = await startFixtureServer({ "/story": html(ARTICLE) });
    const { env, port } = await environment();
    env.TIDEMARK_FETCH_ALLOW_HOSTS = pages.hostPort;
    env.TIDEMARK_FETCH_HOST_MIN_GAP_MS = "0";
    const admin = await runCli(["users", "add", "remote-admin", "--role", "admin", "--json"]);
    expect(admin.code).toBe(0);
    const { password } = JSON.parse(admin.stdout) as { password: string };
    const server = run(process.execPath, [SUPERVISE], env);
    await until(() => server.output().includes("Tidemark is ready"), "the dashboard", 180_000);

    const origin = `http://127.0.0.1:${port}`;
    const remote = {
      ...process.env,
      TIDEMARK_URL: origin,
      TIDEMARK_TOKEN: await apiToken(origin, "remote-admin", password),
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/unreachable",
    };
    const cli = (...args: string[]) => runCli(args, undefined, remote);

    const added = await cli("add", "--wait", "--json", pages.url("/story"), pages.url("/missing"));
    expect(added.code).toBe(3); // one article failed
    const result = JSON.parse(added.stdout) as { articles: { status: string; title?: string }[] };
    expect(result.articles.map((a) => a.status)).toEqual(["extracted", "failed"]);
    expect(result.articles[0]?.title).toBe("Data privacy rules tighten");
    expect(added.stderr).toMatch(/waiting: 2\/2 done/);

    const theme = await cli(
      "themes",
      "add",
      "--name",
      "Data privacy",
      "--definition",
      '"data privacy"',
      "--slug",
      "data-privacy",
    );
    expect(theme.code).toBe(0);
    expect((await cli("themes", "list")).stdout).toMatch(/^data-privacy\s+theme\s+v1\s+Data privacy$/m);
    expect((await cli("themes", "show", "data-privacy")).stdout).toContain("Definition (v1):");
    // The backfill tags the extracted article; then the series (by slug) counts it.
    let series = { themes: [{ counts: [0] }] };
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (series.themes[0]?.counts[0] ?? 0) === 0) {
      const printed = await cli(
        "series",
        "data-privacy",
        "--unit",
        "month",
        "--from",
        "2024-03-01",
        "--to",
        "2024-03-31",
        "--format",
        "json",
      );
      expect(printed.code).toBe(0);
      series = JSON.parse(printed.stdout) as typeof series;
    }
    expect(series.themes[0]?.counts).toEqual([1]);

    const exported = await cli(
      "export",
      "series",
      "--theme",
      "data-privacy",
      "--unit",
      "month",
      "--from",
      "2024-03-01",
      "--to",
      "2024-03-31",
    );
    expect(exported.code).toBe(0);
    expect(exported.stdout.split("\r\n")[0]).toBe(
      "bucket,theme,theme_version,count,total,share,undated_count,undated_total",
    );

    const status = JSON.parse((await cli("status", "--json")).stdout) as { articles: Record<string, number> };
    expect(status.articles).toMatchObject({ extracted: 1, failed: 1 });

    const local = await cli("coverage", "rebuild");
    expect(local.code).toBe(2);
    expect(local.stderr).toContain('"tidemark coverage" needs direct access to the database');
    const badToken = await runCli(["themes", "list"], undefined, { ...remote, TIDEMARK_TOKEN: "tm_nope" });
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toContain("The server refused TIDEMARK_TOKEN");

    server.process.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    await pages.close();
  }, 400_000);
});
