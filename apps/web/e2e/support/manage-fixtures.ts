// Fixture pages for the live, schedules and lists specs.
// - `/gated/article` waits while the gate is closed (it starts closed), so a test can open a page
//   while an article is still being fetched and watch the page change by itself
//   (`/gated/open` and `/gated/close` move the gate).
// - `/manage/feed.xml`, a feed titled "Harbour Wire" listing an article and a broken link.
// - `/manage/flaky` answers 404 until `/manage/flaky-fix` is requested (a retry then succeeds).
import type { RouteHandler } from "@tidemark/testing";

const HOLD_LIMIT_MS = 25_000;

export const GATED_ARTICLE = {
  path: "/gated/article",
  title: "Harbour authority publishes its data privacy report",
};

export const MANAGE_FEED = { path: "/manage/feed.xml", title: "Harbour Wire" };

export const MANAGE_ARTICLES = {
  "/manage/seaweed": {
    title: "Seaweed farmers face a new harbour levy",
    text: "Seaweed farmers along the coast said on Monday that a new harbour levy would cut their income by a fifth, and asked the port board to reconsider.",
  },
  "/manage/pilots": {
    title: "Harbour pilots agree on new shift rules",
    text: "Harbour pilots agreed on Tuesday on new shift rules after months of talks with the port board.",
  },
  "/manage/flaky": {
    title: "Ferry timetable changes for the winter",
    text: "The ferry company published its winter timetable on Wednesday, with fewer crossings at night.",
  },
} as const;

function articleHtml(url: string, title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title>
<meta property="article:published_time" content="2024-06-20T10:00:00Z"><link rel="canonical" href="${url}"></head>
<body><main><article><h1>${title}</h1><p>${text}</p>
<p>Officials said the measures would be reviewed again later in the year, and several groups asked for more time to comment.</p>
</article></main></body></html>`;
}

function manageFeed(origin: string): string {
  const items = ["/manage/seaweed", "/manage/missing"]
    .map((p) => `<item><title>${p}</title><link>${origin}${p}</link></item>`)
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${MANAGE_FEED.title}</title><link>${origin}/</link>${items}</channel></rss>`;
}

export function manageRoutes(): Record<string, RouteHandler> {
  let flakyFixed = false;
  const routes: Record<string, RouteHandler> = {
    [MANAGE_FEED.path]: (req, res) =>
      void res
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(manageFeed(`http://${req.headers.host}`)),
    "/manage/missing": (_req, res) =>
      void res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>"),
    "/manage/flaky-fix": (_req, res) => {
      flakyFixed = true;
      res.writeHead(204).end();
    },
  };
  for (const [path, a] of Object.entries(MANAGE_ARTICLES)) {
    routes[path] = (req, res) => {
      if (path === "/manage/flaky" && !flakyFixed)
        return void res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(articleHtml(`http://${req.headers.host}${path}`, a.title, a.text));
    };
  }
  return { ...routes, ...gatedRoutes() };
}

function gatedRoutes(): Record<string, RouteHandler> {
  let open = false;
  const page = `<!doctype html><html lang="en"><head><title>${GATED_ARTICLE.title}</title>
<meta property="article:published_time" content="2024-06-25T10:00:00Z"></head><body><main><article>
<h1>${GATED_ARTICLE.title}</h1><p>The harbour authority published its yearly data privacy report on Tuesday, listing three incidents.</p>
<p>Officials said the measures would be reviewed again later in the year, and several groups asked for more time to comment.</p>
</article></main></body></html>`;
  return {
    "/gated/open": (_req, res) => {
      open = true;
      res.writeHead(204).end();
    },
    "/gated/close": (_req, res) => {
      open = false;
      res.writeHead(204).end();
    },
    [GATED_ARTICLE.path]: async (_req, res) => {
      const started = Date.now();
      while (!open && Date.now() - started < HOLD_LIMIT_MS) await new Promise((r) => setTimeout(r, 50));
      if (!open) return void res.writeHead(503, { "content-type": "text/plain" }).end("gate closed");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    },
  };
}
