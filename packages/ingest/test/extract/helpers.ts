// Builds small article pages for the extraction tests. The prose is long enough to score as
// article text; every test adds only the markup it is about.

export const PARAGRAPHS = [
  "The harbour commission approved the new tide gauge network on Tuesday, after two years of consultation with fishermen, ferry operators and the coastal research institute.",
  "Engineers will install eleven sensors along the northern breakwater this spring, replacing instruments that have been in service since the early nineteen-eighties.",
  "Officials said the data would be published openly, so that sailing clubs, schools and emergency services can all follow water levels in real time during storms.",
];

export function articleHtml(
  options: { head?: string; beforeBody?: string; body?: string; afterBody?: string } = {},
): string {
  const paragraphs = PARAGRAPHS.map((text) => `<p>${text}</p>`).join("\n");
  return `<!doctype html><html><head><meta charset="utf-8">${options.head ?? ""}</head><body>
${options.beforeBody ?? ""}
<article><h1>Harbour approves tide gauge network</h1>
<div class="entry-content">${options.body ?? ""}${paragraphs}</div></article>
${options.afterBody ?? ""}
</body></html>`;
}

/** Five paragraphs of one story, for tests about what closes an article. */
export const STORY = [
  ...PARAGRAPHS,
  "Ferry operators welcomed the decision but asked for the data to be published every five minutes rather than every quarter of an hour, as the draft plan foresees.",
  "The first sensors are expected to go live in April, weather permitting, with the full network running before the autumn storm season begins.",
];

/** A page whose article container holds `inside` after the headline. */
export function storyPage(inside: string): string {
  return `<!doctype html><html><head><title>Tide gauges</title></head><body><article>
<h1>Harbour approves tide gauge network</h1><div class="entry-content">${inside}</div></article></body></html>`;
}

export const paragraphs = (texts: readonly string[]): string =>
  texts.map((text) => `<p>${text}</p>`).join("\n");
