// Query parameters that only identify a campaign or click, never the content. Dropping them makes
// the same article shared through different channels dedupe to one row.
const EXACT = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "igshid",
  "mc_cid",
  "mc_eid",
  "mkt_tok",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "wickedid",
  "rb_clickid",
  "s_cid",
  "ncid",
  "cmpid",
  "ocid",
  "smid",
  "sr_share",
]);

const PREFIXES = ["utm_", "pk_", "hsa_", "__hs"];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return EXACT.has(key) || PREFIXES.some((prefix) => key.startsWith(prefix));
}
