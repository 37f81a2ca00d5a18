// The pages the local fixture server serves to the real worker: articles with dates in the
// markup (so the worker dates them from metadata) and a broken link.
import { html, type RouteHandler } from "@tidemark/testing";
import { importRoutes } from "./import-fixtures";
import { manageRoutes } from "./manage-fixtures";

function articlePage(title: string, date: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><title>${title} | Fixture Gazette</title>
<meta property="article:published_time" content="${date}">
<meta property="og:site_name" content="Fixture Gazette"></head>
<body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></main>
<footer>© Fixture Gazette</footer></body></html>`;
}

const FILLER =
  "Officials said the measures would be reviewed again later in the year, and several groups asked for more time to comment on the details of the proposal before it takes effect.";

export const FIXTURE_ARTICLES = {
  "/news/privacy-fine": {
    title: "Regulator fines app maker over data privacy failures",
    date: "2024-06-24T09:30:00Z",
    body: [
      "The national regulator fined the app maker on Monday for data privacy failures that exposed millions of accounts.",
      "Investigators found that user data had been shared with advertisers without consent for more than two years.",
      FILLER,
    ],
  },
  "/news/user-data-law": {
    title: "Lawmakers agree on new rules for user data",
    date: "2024-06-26T14:00:00Z",
    body: [
      "Lawmakers agreed on Wednesday on new rules that limit how companies may sell user data to brokers.",
      "The bill now goes to a final vote, and companies will have a year to comply with the new obligations.",
      FILLER,
    ],
  },
  "/api-news/privacy-audit": {
    title: "Audit finds gaps in data privacy controls",
    date: "2024-06-18T08:00:00Z",
    body: [
      "An audit published on Tuesday found gaps in data privacy controls at three agencies.",
      FILLER,
      FILLER,
    ],
  },
} as const;

/** Articles only the fixture feed links to (the Schedules step subscribes to it). */
export const FEED_ARTICLES = {
  "/feed-news/ports": {
    title: "Port operator reviews telecom equipment contracts",
    date: "2024-06-27T07:00:00Z",
    body: [
      "The port operator said on Thursday it would review its telecom equipment contracts.",
      FILLER,
      FILLER,
    ],
  },
  "/feed-news/apps": {
    title: "Ministry publishes list of approved messaging apps",
    date: "2024-06-28T07:00:00Z",
    body: ["The ministry published a list of approved messaging apps for civil servants.", FILLER, FILLER],
  },
} as const;

function feedXml(origin: string): string {
  const items = Object.entries(FEED_ARTICLES)
    .map(
      ([path, a]) =>
        `<item><title>${a.title}</title><link>${origin}${path}</link><pubDate>${new Date(a.date).toUTCString()}</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture Gazette</title><link>${origin}/</link>${items}</channel></rss>`;
}

export function fixtureRoutes(): Record<string, RouteHandler> {
  const routes: Record<string, RouteHandler> = {
    "/robots.txt": (_req, res) =>
      void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nAllow: /\n"),
    "/news/missing": (_req, res) =>
      void res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>"),
    "/api-news/missing": (_req, res) =>
      void res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>"),
    ...manageRoutes(),
    ...importRoutes(),
  };
  for (const [path, a] of Object.entries({ ...FIXTURE_ARTICLES, ...FEED_ARTICLES }))
    routes[path] = html(articlePage(a.title, a.date, [...a.body]));
  // A site front page that names its feed, as most news sites do.
  routes["/site"] = html(
    '<!doctype html><html><head><title>Fixture Gazette</title><link rel="alternate" type="application/rss+xml" title="Fixture Gazette" href="/feed.xml"></head><body><h1>Fixture Gazette</h1></body></html>',
  );
  routes["/feed.xml"] = (req, res) =>
    void res
      .writeHead(200, { "content-type": "application/rss+xml" })
      .end(feedXml(`http://${req.headers.host}`));
  // A webhook receiver for alert tests: reads the request and acknowledges it.
  routes["/hooks/alert"] = (req, res) => {
    req.resume();
    req.on("end", () => void res.writeHead(200, { "content-type": "text/plain" }).end("received"));
  };
  return routes;
}
