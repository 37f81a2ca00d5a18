import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeHtmlBytes } from "../../src/extract/decode.ts";

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
