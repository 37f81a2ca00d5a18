// Legacy encodings end to end: fixtures are encoded with iconv-lite, served by a real server, and
// must come back as the original text whether the charset is in the header, only in a <meta>, or
// signalled by a BOM.
import type { ServerResponse } from "node:http";
import { startFixtureServer } from "@tidemark/testing";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import type { FetchedPage } from "../../src/fetch/index.ts";
import { testFetcher } from "./helpers.ts";

const CASES = [
  { label: "gbk", codec: "gbk", text: "新闻报道：今天北京的天气很好。" },
  { label: "gb18030", codec: "gb18030", text: "新闻报道：罕见字 𠀀 与欧元 € 符号。" },
  { label: "big5", codec: "big5hkscs", text: "新聞報導：今天臺北的天氣很好。" },
  { label: "shift_jis", codec: "shift_jis", text: "日本語のニュース記事です。東京は晴れ。" },
  { label: "euc-kr", codec: "euc-kr", text: "한국어 뉴스 기사입니다. 서울은 맑음." },
  { label: "windows-1251", codec: "windows-1251", text: "Новости дня: в Москве всё спокойно." },
  { label: "windows-1252", codec: "windows-1252", text: "Café déjà vu — “quoted” €5 • naïve" },
] as const;

function page(text: string, head = ""): string {
  return `<!doctype html><html><head>${head}<title>t</title></head><body><p>${text}</p></body></html>`;
}

function send(body: Buffer, contentType: string | null) {
  return (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, contentType ? { "content-type": contentType } : {}).end(body);
  };
}

let fixture: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  fixture = await startFixtureServer();
  return () => fixture.close();
});

/** Serves `body` at `path` and fetches it with a fresh fetcher. */
function get(path: string, body: Buffer, contentType: string | null = "text/html"): Promise<FetchedPage> {
  fixture.route(path, send(body, contentType));
  return testFetcher({ allowHosts: [fixture.hostPort] }).fetchPage(fixture.url(path));
}

describe.each(CASES)("$label", ({ label, codec, text }) => {
  it("decodes via the Content-Type charset", async () => {
    const result = await get(
      `/${label}/header`,
      iconv.encode(page(text), codec),
      `text/html; charset=${label}`,
    );
    expect(result.body).toContain(text);
    expect(result).toMatchObject({ charset: label, charsetSource: "header" });
  });

  it("decodes via <meta charset> only", async () => {
    const result = await get(`/${label}/meta`, iconv.encode(page(text, `<meta charset="${label}">`), codec));
    expect(result.body).toContain(text);
    expect(result).toMatchObject({ charset: label, charsetSource: "meta" });
  });

  it("decodes via <meta http-equiv=content-type> only", async () => {
    const head = `<meta http-equiv="Content-Type" content="text/html; charset=${label.toUpperCase()}">`;
    const result = await get(`/${label}/http-equiv`, iconv.encode(page(text, head), codec));
    expect(result.body).toContain(text);
    expect(result).toMatchObject({ charset: label, charsetSource: "meta" });
  });
});

describe("WHATWG label mapping", () => {
  it.each([
    ["gb2312", "gbk", "gbk", "简体中文新闻"],
    ["x-sjis", "shift_jis", "shift_jis", "日本のニュース"],
    ["ks_c_5601-1987", "cp949", "euc-kr", "한국 뉴스"],
    ["x-cp1251", "windows-1251", "windows-1251", "Русский текст"],
  ])("treats %s as %s", async (label, codec, expected, text) => {
    const result = await get(`/alias/${label}`, iconv.encode(page(text, `<meta charset=${label}>`), codec));
    expect(result.body).toContain(text);
    expect(result.charset).toBe(expected);
  });

  it.each(["iso-8859-1", "latin1", "us-ascii"])(
    "decodes %s as windows-1252 (0x80–0x9F are “smart” characters)",
    async (label) => {
      const bytes = Buffer.concat([
        Buffer.from("<!doctype html><p>"),
        Buffer.from([0x93, 0x68, 0x69, 0x94, 0x20, 0x80, 0x20, 0xe9]), // “hi” € é
        Buffer.from("</p>"),
      ]);
      const result = await get(`/latin/${label}`, bytes, `text/html; charset=${label}`);
      expect(result.body).toContain("“hi” € é");
      expect(result.charset).toBe("windows-1252");
    },
  );
});

describe("BOM and fallbacks", () => {
  it("lets a UTF-8 BOM override a wrong header charset", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page("Grüße aus Köln"))]);
    const result = await get("/bom/utf8", bytes, "text/html; charset=windows-1252");
    expect(result.body).toContain("Grüße aus Köln");
    expect(result.body.startsWith("\uFEFF")).toBe(false);
    expect(result).toMatchObject({ charset: "utf-8", charsetSource: "bom" });
  });

  it("decodes UTF-16LE and UTF-16BE by BOM", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page("中文 UTF-16"), "utf16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(page("中文 UTF-16"), "utf16be")]);
    expect(await get("/bom/le", le)).toMatchObject({ charset: "utf-16le", charsetSource: "bom" });
    const result = await get("/bom/be", be);
    expect(result.body).toContain("中文 UTF-16");
    expect(result.charset).toBe("utf-16be");
  });

  it("ignores a commented-out meta and uses the real one", async () => {
    const head = '<!-- <meta charset="big5"> --><meta charset="gbk">';
    const result = await get("/meta/commented", iconv.encode(page("中文新闻", head), "gbk"));
    expect(result.body).toContain("中文新闻");
    expect(result.charset).toBe("gbk");
  });

  it("uses UTF-8 for undeclared valid UTF-8, windows-1252 otherwise", async () => {
    const utf8 = await get("/plain/utf8", Buffer.from(page("naïve café 日本")));
    expect(utf8).toMatchObject({ charset: "utf-8", charsetSource: "utf8-valid" });
    expect(utf8.body).toContain("naïve café 日本");
    const legacy = await get("/plain/legacy", iconv.encode(page("naïve café"), "windows-1252"));
    expect(legacy).toMatchObject({ charset: "windows-1252", charsetSource: "fallback" });
    expect(legacy.body).toContain("naïve café");
  });

  it("falls through an unknown header label to the meta prescan", async () => {
    const body = iconv.encode(page("Новости", '<meta charset="windows-1251">'), "windows-1251");
    const result = await get("/unknown-label", body, "text/html; charset=x-made-up");
    expect(result.body).toContain("Новости");
    expect(result.charsetSource).toBe("meta");
  });
});
