// The local news site the fault benchmark ingests: N article pages, each a few HuffPost records
// (News Category Dataset, Misra 2022, CC BY 4.0) put together as one story with its date, so
// every page is a real, taggable article of realistic length.
import { type FixtureServer, html, startFixtureServer } from "@tidemark/testing";
import { readCorpus } from "../support/corpus.ts";

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startNewsSite(pages: number): Promise<{ server: FixtureServer; urls: string[] }> {
  const corpus = await readCorpus();
  const server = await startFixtureServer();
  const urls: string[] = [];
  for (let i = 0; i < pages; i += 1) {
    const lead = corpus[i % corpus.length];
    if (!lead) throw new Error("The HuffPost corpus is empty.");
    const body = [0, 1, 2, 3]
      .map((k) => corpus[(i * 7 + k * 1_009) % corpus.length]?.short_description ?? "")
      .filter(Boolean)
      .map((p) => `<p>${escapeHtml(p)} ${escapeHtml(lead.headline)}.</p>`)
      .join("\n");
    const title = escapeHtml(lead.headline);
    const page = `<!doctype html><html lang="en"><head><title>${title}</title>
<meta property="article:published_time" content="${lead.date}T09:00:00Z"></head>
<body><article><h1>${title}</h1>\n${body}</article></body></html>`;
    const path = `/story/${i}`;
    server.route(path, html(page));
    urls.push(server.url(path));
  }
  return { server, urls };
}
