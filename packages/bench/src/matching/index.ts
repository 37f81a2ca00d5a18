// `pnpm bench matching`: throughput of document preparation and theme matching on 1,000
// synthetic ~630-word articles (a tenth partly in Chinese) and 15 themes. Moved out of the unit
// suite: timings belong to a benchmark, not to a test.
import { performance } from "node:perf_hooks";
import { type CompiledQuery, compileQuery, parseQuery, prepareDocument } from "@tidemark/themes/query";

function matcher(source: string): CompiledQuery {
  const result = parseQuery(source);
  if (!result.ok) throw new Error(`query ${source} does not parse: ${result.error.message}`);
  return compileQuery(result.ast);
}

// Topical words appear in ~2% of word slots; the rest is filler from a large pseudo-vocabulary,
// so (as in real news) most themes do not match most articles.
const TOPICAL = (
  "china chinese beijing washington tariffs export controls semiconductor chips huawei zte tiktok " +
  "bytedance privacy data protection regulators regulation gdpr fine lawsuit court ban banned " +
  "election campaign climate emissions energy oil gas prices inflation bank rates ukraine russia " +
  "kremlin sanctions nato military defence national security agency cyber attack hackers market report"
).split(" ");
const SYLLABLES = "ka to ri me sa lo ne pu vi da re mo ti la che ban ra is on an er st".split(" ");
const CJK = "北京字节跳动科技有限公司抖音华为中兴美国政府宣布出口管制芯片数据隐私监管机构罚款";

const THEMES = [
  '"data privacy" OR "data protection" OR gdpr OR privacy NEAR/5 regulat*',
  '(china OR beijing) NEAR/10 (tariff* OR "trade war" OR "export controls")',
  "TikTok OR 抖音 OR Douyin OR bytedance OR 字节跳动",
  "huawei OR zte OR 华为 OR 中兴",
  "(huawei OR zte) AND (ban* OR sanction*) NOT phone*",
  '"national security" AND (cyber* OR hacker*)',
  "climate NEAR/5 (emission* OR warming)",
  "(oil OR gas) NEAR/3 price*",
  "inflation AND (bank OR rates)",
  "ukraine OR russia OR kremlin",
  "nato AND military NOT election",
  "semiconductor* OR chips OR 芯片",
  "court AND lawsuit",
  "election campaign",
  '"market report"',
];

/** mulberry32: a small deterministic generator with usable low bits. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function makeArticles(count: number): { title: string; text: string }[] {
  const next = random(1);
  const filler = Array.from({ length: 3000 }, () => {
    let word = "";
    for (let k = 1 + (next() % 4); k > 0; k--) word += SYLLABLES[next() % SYLLABLES.length];
    return word;
  });
  const word = () =>
    (next() % 50 === 0 ? TOPICAL[next() % TOPICAL.length] : filler[next() % filler.length]) ?? "the";
  const articles: { title: string; text: string }[] = [];
  for (let a = 0; a < count; a++) {
    const sentences: string[] = [];
    // ~630 words (~4,000 characters); a tenth of the articles partly in Chinese.
    for (let s = 0; s < 45; s++) {
      const words = Array.from({ length: 14 }, word);
      words[0] = (words[0] ?? "").replace(/^./, (c) => c.toUpperCase());
      sentences.push(`${words.join(" ")}.`);
      if (a % 10 === 0 && s % 5 === 0) sentences.push(`${CJK.slice(next() % 20, 30)}。`);
    }
    articles.push({
      title: Array.from({ length: 8 }, word).join(" "),
      text: sentences.join(a % 3 ? " " : "\n"),
    });
  }
  return articles;
}

function rate(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString("en-US")}/s`;
}

export async function run(_args: string[]): Promise<void> {
  {
    const articles = makeArticles(1000);
    const megabytes = articles.reduce((n, a) => n + a.text.length + a.title.length, 0) / 1e6;
    const themes: CompiledQuery[] = THEMES.map(matcher);
    // Warm up the JIT so the numbers describe steady state, as in a long-running worker.
    for (const article of articles.slice(0, 200)) {
      for (const theme of themes) theme.match(article);
    }

    // Streaming, as the tagger does: prepare, use, drop.
    let start = performance.now();
    let tokens = 0;
    for (const article of articles) tokens += prepareDocument(article).text.words.length;
    const prepareMs = performance.now() - start;
    const prepared = articles.map(prepareDocument);

    start = performance.now();
    let tests = 0;
    let hits = 0;
    for (const doc of prepared) {
      for (const theme of themes) {
        tests++;
        if (theme.test(doc)) hits++;
      }
    }
    const testMs = performance.now() - start;

    start = performance.now();
    let evidence = 0;
    for (const doc of prepared) {
      for (const theme of themes) evidence += theme.match(doc)?.evidence.length ?? 0;
    }
    const matchMs = performance.now() - start;

    // Preview: one unsaved definition over raw (unprepared) candidate rows, counts only.
    const preview = matcher("(huawei OR zte) NEAR/10 (ban* OR sanction*)");
    start = performance.now();
    let previewHits = 0;
    for (const article of articles)
      if (preview.match(prepareDocument(article), { maxEvidence: 0 })) previewHits++;
    const previewMs = performance.now() - start;

    if (hits === 0 || evidence === 0 || previewHits === 0) throw new Error("the benchmark matched nothing");
    console.log(
      [
        "# pnpm bench matching",
        `query benchmark: ${articles.length} articles, ${megabytes.toFixed(1)} MB, ${themes.length} themes`,
        `  prepareDocument: ${rate(articles.length, prepareMs)} articles (${(megabytes / (prepareMs / 1000)).toFixed(1)} MB/s, ${rate(tokens, prepareMs)} tokens)`,
        `  test() per theme × article: ${rate(tests, testMs)} (${hits} hits)`,
        `  match() with evidence: ${rate(tests, matchMs)} (${evidence} evidence sentences)`,
        `  preview (prepare + match, no evidence): ${rate(articles.length, previewMs)} articles (${previewHits} hits)`,
      ].join("\n"),
    );
  }
}
