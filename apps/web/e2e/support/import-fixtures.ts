// Pages for the import-history spec: two articles and one that is gone.
import { html, type RouteHandler } from "@tidemark/testing";

export const IMPORT_ARTICLES = {
  "/imports/tide-tables": "Harbour master publishes new tide tables",
  "/imports/ferry-timetable": "Island ferry timetable changes for winter",
} as const;

export const IMPORT_MISSING = "/imports/removed-story";

const FILLER =
  "Officials said the changes would be reviewed again in the spring, and several groups asked for more time to comment on the details before they take effect.";

export function importRoutes(): Record<string, RouteHandler> {
  const routes: Record<string, RouteHandler> = {
    [IMPORT_MISSING]: (_req, res) =>
      void res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>"),
  };
  for (const [path, title] of Object.entries(IMPORT_ARTICLES)) {
    routes[path] = html(`<!doctype html><html lang="en"><head><title>${title}</title>
<meta property="article:published_time" content="2025-11-02T08:00:00Z"></head>
<body><main><article><h1>${title}</h1><p>${title}, the port authority said on Monday.</p>
<p>${FILLER}</p><p>${FILLER}</p></article></main></body></html>`);
  }
  return routes;
}
