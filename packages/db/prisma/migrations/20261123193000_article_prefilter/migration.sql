-- Full-text prefilter for theme previews and article search.
-- The vector is the one @tidemark/themes/query's prefilterTsVectorSql() describes: text normalised
-- the way the theme matcher sees it (NFKC, final sigma, invisible characters dropped, CJK and
-- punctuation turned into spaces) before to_tsvector('simple', ...), so a prefilter built from a
-- theme query never excludes an article the matcher would match. Wrapped in an IMMUTABLE function
-- so the index and the queries share one definition. Prisma does not model functions or
-- expression indexes; this migration is hand-written.
CREATE FUNCTION tidemark_prefilter_vector(title text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_tsvector('simple', regexp_replace(translate(normalize(coalesce(title, '') || ' ' || coalesce(body, ''), NFKC), E'\u03c2\u00ad\u034f\u061c\u180b\u180c\u180d\u180e\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff', E'\u03c3'), E'(?:[^[:alnum:]]|[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u19e0-\u19ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303c\u3040-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uaa60-\uaa7f\uac00-\ud7ff\uf900-\ufaff\uff66-\uff9f\uffa0-\uffdc\U00016fe0-\U00016fff\U0001b000-\U0001b2ff\U00020000-\U0003ffff\U0001f100-\U0001f1ff])+', ' ', 'g'));

CREATE INDEX "articles_prefilter_idx" ON "articles" USING gin (tidemark_prefilter_vector("title", "text"));
