// Fixture article pages for worker tests: real HTML structure with boilerplate around the body.
export function articlePage(opts: {
  title: string;
  body: string[];
  canonical?: string;
  lang?: string;
  charset?: string;
  date?: string;
}): string {
  const meta = [
    opts.charset ? `<meta charset="${opts.charset}">` : "",
    opts.canonical ? `<link rel="canonical" href="${opts.canonical}">` : "",
    opts.date ? `<meta property="article:published_time" content="${opts.date}">` : "",
  ].join("\n");
  return `<!doctype html><html lang="${opts.lang ?? "en"}"><head>${meta}<title>${opts.title} | Fixture Times</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Tech</a></nav></header>
<main><article><h1>${opts.title}</h1>${opts.body.map((p) => `<p>${p}</p>`).join("\n")}</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Something else entirely</a></li></ul></aside></main>
<footer>© Fixture Times. All rights reserved.</footer></body></html>`;
}

export const ENGLISH_BODY = [
  "Huawei said on Monday that it would challenge the new restrictions in court, arguing that the rules unfairly single out the company.",
  "The move comes after months of pressure from Washington on allies to exclude the firm from their 5G networks over national security concerns.",
  "Analysts said the dispute is likely to deepen the technology rift between the United States and China in the coming year.",
];
