import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeHtmlBytes } from "../../src/extract/decode.ts";
import { decodeBody } from "../../src/fetch/charset.ts";

describe("decodeHtmlBytes", () => {
  it("decodes UTF-8, with or without a BOM", () => {
    const html = '<meta charset="utf-8"><p>Größe 東京</p>';
    expect(decodeHtmlBytes(Buffer.from(html, "utf8"))).toBe(html);
    expect(decodeHtmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, "utf8")]))).toBe(
      html,
    );
  });

  it("decodes a declared legacy charset", () => {
    const html =
      '<meta http-equiv="content-type" content="text/html; charset=iso-8859-1"><p>Größe – café</p>';
    expect(decodeHtmlBytes(iconv.encode(html, "windows-1252"))).toBe(html);
    const korean = '<meta charset="euc-kr"><p>한국 뉴스</p>';
    expect(decodeHtmlBytes(iconv.encode(korean, "euc-kr"))).toBe(korean);
  });

  it("prefers valid UTF-8 over a stale legacy declaration", () => {
    const html = '<meta charset="iso-8859-1"><p>Größe</p>';
    expect(decodeHtmlBytes(Buffer.from(html, "utf8"))).toBe(html);
  });
});

describe("one decoder for files and fetches", () => {
  it.each([
    ["x-cp1251", "windows-1251", "Русский текст"],
    ["ks_c_5601-1987", "cp949", "한국 뉴스"],
    ["x-sjis", "shift_jis", "日本のニュース"],
  ])("reads the WHATWG label %s in a stored file as the fetcher does", (label, codec, text) => {
    const html = `<html><head><meta charset="${label}"></head><body><p>${text}</p></body></html>`;
    const bytes = iconv.encode(html, codec);
    expect(decodeHtmlBytes(bytes)).toContain(text);
    expect(decodeHtmlBytes(bytes)).toBe(decodeBody(bytes, null, "text/html").text);
  });

  it("finds a <meta charset> after a long head script (prescan beyond 1024 bytes)", () => {
    const html = `<html><head><script>${"var x = 1;".repeat(200)}</script><meta charset="windows-1251"></head><body><p>Новости</p></body></html>`;
    expect(decodeHtmlBytes(iconv.encode(html, "windows-1251"))).toContain("Новости");
  });

  it("reads valid UTF-8 as UTF-8 in a fetch whose header names a legacy charset", () => {
    const decoded = decodeBody(Buffer.from("<p>Grüße aus Köln</p>", "utf8"), "iso-8859-1", "text/html");
    expect(decoded.text).toContain("Grüße aus Köln");
    expect(decoded.charsetSource).toBe("utf8-valid");
  });
});
