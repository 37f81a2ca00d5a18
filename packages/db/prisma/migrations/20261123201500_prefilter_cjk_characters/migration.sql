-- Index Chinese, Japanese and Korean characters one by one in the prefilter vector, so theme
-- queries with CJK terms (TikTok OR 抖音) are prefiltered too instead of scanning every article.
-- Same definition as @tidemark/themes/query prefilterTsVectorSql(); hand-written (Prisma does not
-- model functions or expression indexes). The index must be rebuilt for the new definition.
CREATE OR REPLACE FUNCTION tidemark_prefilter_vector(title text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_tsvector('simple', regexp_replace(regexp_replace(translate(normalize(coalesce(title, '') || ' ' || coalesce(body, ''), NFKC), E'\u03c2\u00ad\u034f\u061c\u180b\u180c\u180d\u180e\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff', E'\u03c3'), E'(?:[^[:alnum:]]|[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u19e0-\u19ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303c\u3100-\u31ff\ua000-\ua4cf\ua960-\ua97f\uaa60-\uaa7f\ud7a4-\ud7ff\uf900-\ufaff\uff66-\uff9f\uffa0-\uffdc\U00016fe0-\U00016fff\U0001b000-\U0001b2ff\U00020000-\U0003ffff\U0001f100-\U0001f1ff])+', ' ', 'g'), E'([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3])', E' \\1 ', 'g'));

REINDEX INDEX "articles_prefilter_idx";
