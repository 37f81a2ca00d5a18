// WHATWG Encoding Standard label table (https://encoding.spec.whatwg.org/#names-and-labels), mapped
// to iconv-lite codecs. Browsers use these mappings, so pages only render right if we do too:
// "gb2312" really means GBK, "iso-8859-1"/"ascii" really mean windows-1252, "x-sjis" means the
// Windows Shift_JIS variant, and so on. The "replacement" encodings and ISO-2022-JP are left out;
// such pages fall through to the meta/fallback rules.

interface EncodingEntry {
  /** iconv-lite codec that decodes like the WHATWG decoder. */
  codec: string;
  /** Space-separated, as listed in the standard. */
  labels: string;
}

const ENCODINGS: Record<string, EncodingEntry> = {
  "utf-8": {
    codec: "utf8",
    labels: "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
  },
  ibm866: { codec: "cp866", labels: "866 cp866 csibm866 ibm866" },
  "iso-8859-2": {
    codec: "iso88592",
    labels: "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
  },
  "iso-8859-3": {
    codec: "iso88593",
    labels: "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
  },
  "iso-8859-4": {
    codec: "iso88594",
    labels: "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
  },
  "iso-8859-5": {
    codec: "iso88595",
    labels: "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
  },
  "iso-8859-6": {
    codec: "iso88596",
    labels:
      "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
  },
  "iso-8859-7": {
    codec: "iso88597",
    labels:
      "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek",
  },
  "iso-8859-8": {
    codec: "iso88598",
    labels:
      "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual",
  },
  "iso-8859-8-i": { codec: "iso88598", labels: "csiso88598i iso-8859-8-i logical" },
  "iso-8859-10": {
    codec: "iso885910",
    labels: "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
  },
  "iso-8859-13": { codec: "iso885913", labels: "iso-8859-13 iso8859-13 iso885913" },
  "iso-8859-14": { codec: "iso885914", labels: "iso-8859-14 iso8859-14 iso885914" },
  "iso-8859-15": {
    codec: "iso885915",
    labels: "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
  },
  "iso-8859-16": { codec: "iso885916", labels: "iso-8859-16" },
  "koi8-r": { codec: "koi8r", labels: "cskoi8r koi koi8 koi8-r koi8_r" },
  "koi8-u": { codec: "koi8u", labels: "koi8-ru koi8-u" },
  macintosh: { codec: "macintosh", labels: "csmacintosh mac macintosh x-mac-roman" },
  "windows-874": {
    codec: "windows874",
    labels: "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
  },
  "windows-1250": { codec: "windows1250", labels: "cp1250 windows-1250 x-cp1250" },
  "windows-1251": { codec: "windows1251", labels: "cp1251 windows-1251 x-cp1251" },
  "windows-1252": {
    codec: "windows1252",
    labels:
      "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
  },
  "windows-1253": { codec: "windows1253", labels: "cp1253 windows-1253 x-cp1253" },
  "windows-1254": {
    codec: "windows1254",
    labels:
      "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254",
  },
  "windows-1255": { codec: "windows1255", labels: "cp1255 windows-1255 x-cp1255" },
  "windows-1256": { codec: "windows1256", labels: "cp1256 windows-1256 x-cp1256" },
  "windows-1257": { codec: "windows1257", labels: "cp1257 windows-1257 x-cp1257" },
  "windows-1258": { codec: "windows1258", labels: "cp1258 windows-1258 x-cp1258" },
  "x-mac-cyrillic": { codec: "maccyrillic", labels: "x-mac-cyrillic x-mac-ukrainian" },
  // WHATWG decodes GBK with the GB18030 decoder (a superset), so both use iconv-lite's gb18030.
  gbk: {
    codec: "gb18030",
    labels: "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
  },
  gb18030: { codec: "gb18030", labels: "gb18030" },
  // WHATWG Big5 includes the HKSCS extensions.
  big5: { codec: "big5hkscs", labels: "big5 big5-hkscs cn-big5 csbig5 x-x-big5" },
  "euc-jp": { codec: "eucjp", labels: "cseucpkdfmtjapanese euc-jp x-euc-jp" },
  // WHATWG Shift_JIS is Microsoft's code page 932 (NEC/IBM extensions included).
  shift_jis: {
    codec: "cp932",
    labels: "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
  },
  // WHATWG EUC-KR is Microsoft's code page 949 (Unified Hangul Code).
  "euc-kr": {
    codec: "cp949",
    labels:
      "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949",
  },
  "utf-16be": { codec: "utf16be", labels: "unicodefffe utf-16be" },
  "utf-16le": {
    codec: "utf16le",
    labels: "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
  },
};

export interface ResolvedEncoding {
  /** WHATWG canonical name, e.g. "gbk", "shift_jis", "windows-1252". */
  name: string;
  codec: string;
}

const BY_LABEL: ReadonlyMap<string, ResolvedEncoding> = new Map(
  Object.entries(ENCODINGS).flatMap(([name, entry]) =>
    entry.labels.split(" ").map((label) => [label, { name, codec: entry.codec }] as const),
  ),
);

/** Looks up an encoding label as browsers do (trimmed, case-insensitive); null if unknown. */
export function resolveEncodingLabel(label: string): ResolvedEncoding | null {
  return BY_LABEL.get(label.trim().toLowerCase()) ?? null;
}

export const UTF8: ResolvedEncoding = { name: "utf-8", codec: "utf8" };
export const WINDOWS_1252: ResolvedEncoding = { name: "windows-1252", codec: "windows1252" };
