-- The reduce from observations to the vacancies table, in DuckDB: the same rows,
-- keys and values as `vacex merge` (merge.rs), so the reduce can run beside the
-- Parquet in DuckDB instead of in vacex. Tested row for row against vacex merge by
-- tests/python/test_sql_reduce.py.
--
-- Parameters (DuckDB variables, set before running this file):
--   observations              the observation parts, e.g. 'out/observations/*/*.parquet'
--                             (the run_date=YYYY-MM-DD folders give each row its night)
--   near_duplicate_threshold  dedup.near_duplicate_threshold, default 0.6
--   possible_duplicate_threshold  dedup.possible_duplicate_threshold, default 0.4
--   open_grace_nights         dedup.open_grace_nights, default 2
-- It leaves a table `vacancies`, ordered by vacancy_key, e.g.
--   duckdb -c "SET VARIABLE observations = 'out/observations/*/*.parquet'" \
--          -c ".read sql/vacancies.sql" \
--          -c "COPY vacancies TO 'vacancies.parquet' (FORMAT parquet, COMPRESSION zstd)"
--
-- The rules, as merge.rs and dedup.rs apply them:
--   tier 1  observations with the same reference key (dedup_key 'ref:...', the folded
--           reference scoped by the folded employer or the site) are one vacancy;
--   tier 2  so are observations with the same content_hash;
--   tier 3  MinHash signatures (64 values) that share one of 21 LSH bands of 3 values
--           (a band bucket with more than 200 members is ignored as boilerplate) are
--           candidates; a candidate pair is joined when its facts agree and its
--           similarity (share of equal signature values) is high enough: identical
--           facts need possible/2, compatible facts need near; compatible pairs between
--           possible and near are only recorded as possible_duplicate_of;
--   the vacancies are the connected components of those joins (recursive CTE); each
--   field comes from the observation with the most trusted stage, then the latest
--   night, then the smallest doc_id.
-- Facts are compared folded: lower case, letters and digits only, common accents
-- dropped. vacex folds with Rust's char::is_alphanumeric, this file with the Unicode
-- classes \p{L} and \p{N}; they differ only on combining marks of some non-Latin
-- scripts (Devanagari vowel signs, for instance), which only tier 3's fact comparison
-- of such titles would see.

CREATE OR REPLACE TEMP MACRO vacex_fold(s) AS
    translate(regexp_replace(lower(coalesce(s, '')), '[^\p{L}\p{N}]', '', 'g'),
              'áàäâéèëêíìïîóòöôúùüû', 'aaaaeeeeiiiioooouuuu');

-- dedup::content_hash: SHA-256 over the lower-cased words, each followed by a space.
CREATE OR REPLACE TEMP MACRO vacex_content_hash(s) AS
    sha256(array_to_string(
        list_transform(list_filter(string_split_regex(s, '[\s\v\x{85}\p{Z}]+'), lambda w: w <> ''),
                       lambda w: lower(w) || ' '), ''));

-- Order of trust of a field's stage (record::FieldSource); unknown or missing is text.
CREATE OR REPLACE TEMP MACRO field_rank(stage) AS
    CASE coalesce(stage, 'text')
        WHEN 'structured' THEN 0 WHEN 'site_profile' THEN 1 WHEN 'meta' THEN 3
        WHEN 'derived' THEN 4 ELSE 2 END;
CREATE OR REPLACE TEMP MACRO field_stage(stage) AS
    CASE WHEN stage IN ('structured', 'site_profile', 'meta', 'derived') THEN stage ELSE 'text' END;

CREATE OR REPLACE TABLE vacancies AS
WITH RECURSIVE
settings AS (
    SELECT coalesce(getvariable('near_duplicate_threshold'), 0.6)::DOUBLE AS near,
           coalesce(getvariable('possible_duplicate_threshold'), 0.4)::DOUBLE AS possible,
           coalesce(getvariable('open_grace_nights'), 2)::BIGINT AS grace
),
raw AS (
    SELECT * FROM read_parquet(getvariable('observations'),
                               hive_partitioning = true, hive_types = {'run_date': DATE})
),
-- Every observation numbered in the order merge.rs sorts them: (run_date, doc_id).
obs AS (
    SELECT
        (row_number() OVER (ORDER BY run_date, coalesce(doc_id, '')) - 1)::BIGINT AS idx,
        run_date - DATE '1970-01-01' AS night,
        coalesce(doc_id, '') AS doc_id,
        coalesce(site, '') AS site,
        coalesce(content_hash, '') AS content_hash,
        CASE WHEN starts_with(dedup_key, 'ref:') THEN dedup_key END AS ref_key,
        CASE WHEN len(minhash) = 64 THEN minhash END AS signature,
        vacex_fold(title) AS f_title,
        vacex_fold(employer) AS f_employer,
        vacex_fold(reference) AS f_reference,
        CASE WHEN municipality_code IS NOT NULL THEN lower(municipality_code)
             ELSE vacex_fold(city) END AS f_place,
        posted_date AS f_posted,
        closing_date AS f_closing,
        hours_max::FLOAT AS f_hours,
        * EXCLUDE (doc_id, site, content_hash)
    FROM raw
),
-- Tiers 1 and 2: every observation joins the first one with its key.
key_edges AS (
    SELECT idx AS a, min(idx) OVER (PARTITION BY ref_key) AS b FROM obs WHERE ref_key IS NOT NULL
    UNION ALL
    SELECT idx, min(idx) OVER (PARTITION BY content_hash) FROM obs
),
-- Tier 3 candidates: pairs sharing an LSH band bucket of at most 200 members.
bands AS (
    SELECT idx, band, signature[3 * band + 1 : 3 * band + 3] AS bucket
    FROM obs, range(21) AS r(band)
    WHERE signature IS NOT NULL
),
sized_bands AS (
    SELECT *, count(*) OVER (PARTITION BY band, bucket) AS members FROM bands
),
candidates AS (
    SELECT DISTINCT x.idx AS a, y.idx AS b
    FROM sized_bands x JOIN sized_bands y
      ON x.band = y.band AND x.bucket = y.bucket AND x.idx < y.idx
    WHERE x.members <= 200
),
compared AS (
    SELECT c.a, c.b,
        list_count(list_filter(range(64), lambda k: x.signature[k + 1] = y.signature[k + 1]))::DOUBLE / 64 AS similarity,
        (x.f_reference <> '' AND y.f_reference <> '' AND x.f_reference <> y.f_reference)
        OR (x.f_employer <> '' AND y.f_employer <> ''
            AND NOT (contains(x.f_employer, y.f_employer) OR contains(y.f_employer, x.f_employer)))
        OR (x.f_place <> '' AND y.f_place <> '' AND x.f_place <> y.f_place)
        OR coalesce(abs(x.f_posted - y.f_posted) > 90, false)
        OR coalesce(abs(x.f_closing - y.f_closing) > 45, false)
        OR NOT (x.f_title <> '' AND y.f_title <> ''
                AND (contains(x.f_title, y.f_title) OR contains(y.f_title, x.f_title))) AS conflict,
        x.f_employer <> '' AND x.f_employer = y.f_employer
        AND x.f_place <> '' AND x.f_place = y.f_place
        AND coalesce(x.f_closing = y.f_closing, false)
        AND coalesce(x.f_hours = y.f_hours, false) AS same_facts
    FROM candidates c JOIN obs x ON x.idx = c.a JOIN obs y ON y.idx = c.b
),
decided AS (
    SELECT a, b,
        NOT conflict AND (
            (same_facts AND similarity >= s.possible / 2) OR similarity >= s.near) AS joined,
        NOT conflict AND NOT same_facts
            AND similarity >= s.possible AND similarity < s.near AS grey
    FROM compared, settings s
),
key_links AS (
    SELECT a, b FROM key_edges WHERE a <> b
    UNION SELECT b, a FROM key_edges WHERE a <> b
),
all_links AS (
    SELECT a, b FROM key_links
    UNION SELECT a, b FROM decided WHERE joined
    UNION SELECT b, a FROM decided WHERE joined
),
-- Connected components: every observation reaches the smallest index of its group,
-- which is also the root merge.rs's union-find keeps.
key_reach(idx, label) AS (
    SELECT idx, idx FROM obs
    UNION
    SELECT l.b, r.label FROM key_reach r JOIN key_links l ON l.a = r.idx
),
reach(idx, label) AS (
    SELECT idx, idx FROM obs
    UNION
    SELECT l.b, r.label FROM reach r JOIN all_links l ON l.a = r.idx
),
membership AS (
    SELECT r.idx, r.root, k.key_root
    FROM (SELECT idx, min(label) AS root FROM reach GROUP BY idx) r
    JOIN (SELECT idx, min(label) AS key_root FROM key_reach GROUP BY idx) k USING (idx)
),
members AS (
    SELECT m.root, m.key_root, o.* FROM membership m JOIN obs o USING (idx)
),
-- A reference key seen more than once in a group joined it by tier 1.
repeated_refs AS (
    SELECT root, count(*) AS times FROM members WHERE ref_key IS NOT NULL
    GROUP BY root, ref_key HAVING count(*) > 1
),
groups AS (
    SELECT
        root,
        count(*) AS doc_count,
        count(DISTINCT key_root) AS key_groups,
        min(ref_key) AS min_ref_key,
        arg_min(content_hash, idx) AS first_content_hash,
        list_sort(list(DISTINCT site)) AS sites,
        list_sort(list(DISTINCT doc_id)) AS doc_ids,
        min(run_date) AS first_seen,
        max(run_date) AS last_seen,
        count(DISTINCT run_date)::INTEGER AS times_seen,
        arg_min({'lo': salary_monthly_min, 'hi': salary_monthly_max}, (-night, doc_id))
            FILTER (WHERE salary_monthly_min IS NOT NULL OR salary_monthly_max IS NOT NULL) AS monthly,
        arg_min(title, (field_rank(field_sources['title']), -night, doc_id)) FILTER (WHERE title IS NOT NULL) AS title,
        arg_min(field_stage(field_sources['title']), (field_rank(field_sources['title']), -night, doc_id)) FILTER (WHERE title IS NOT NULL) AS title__stage,
        arg_min(employer, (field_rank(field_sources['employer']), -night, doc_id)) FILTER (WHERE employer IS NOT NULL) AS employer,
        arg_min(field_stage(field_sources['employer']), (field_rank(field_sources['employer']), -night, doc_id)) FILTER (WHERE employer IS NOT NULL) AS employer__stage,
        arg_min(reference, (field_rank(field_sources['reference']), -night, doc_id)) FILTER (WHERE reference IS NOT NULL) AS reference,
        arg_min(field_stage(field_sources['reference']), (field_rank(field_sources['reference']), -night, doc_id)) FILTER (WHERE reference IS NOT NULL) AS reference__stage,
        arg_min(city, (field_rank(field_sources['city']), -night, doc_id)) FILTER (WHERE city IS NOT NULL) AS city,
        arg_min(field_stage(field_sources['city']), (field_rank(field_sources['city']), -night, doc_id)) FILTER (WHERE city IS NOT NULL) AS city__stage,
        arg_min(municipality_code, (field_rank(field_sources['municipality_code']), -night, doc_id)) FILTER (WHERE municipality_code IS NOT NULL) AS municipality_code,
        arg_min(field_stage(field_sources['municipality_code']), (field_rank(field_sources['municipality_code']), -night, doc_id)) FILTER (WHERE municipality_code IS NOT NULL) AS municipality_code__stage,
        arg_min(province, (field_rank(field_sources['province']), -night, doc_id)) FILTER (WHERE province IS NOT NULL) AS province,
        arg_min(field_stage(field_sources['province']), (field_rank(field_sources['province']), -night, doc_id)) FILTER (WHERE province IS NOT NULL) AS province__stage,
        arg_min(hours_min, (field_rank(field_sources['hours_min']), -night, doc_id)) FILTER (WHERE hours_min IS NOT NULL) AS hours_min,
        arg_min(field_stage(field_sources['hours_min']), (field_rank(field_sources['hours_min']), -night, doc_id)) FILTER (WHERE hours_min IS NOT NULL) AS hours_min__stage,
        arg_min(hours_max, (field_rank(field_sources['hours_max']), -night, doc_id)) FILTER (WHERE hours_max IS NOT NULL) AS hours_max,
        arg_min(field_stage(field_sources['hours_max']), (field_rank(field_sources['hours_max']), -night, doc_id)) FILTER (WHERE hours_max IS NOT NULL) AS hours_max__stage,
        arg_min(salary_min, (field_rank(field_sources['salary_min']), -night, doc_id)) FILTER (WHERE salary_min IS NOT NULL) AS salary_min,
        arg_min(field_stage(field_sources['salary_min']), (field_rank(field_sources['salary_min']), -night, doc_id)) FILTER (WHERE salary_min IS NOT NULL) AS salary_min__stage,
        arg_min(salary_max, (field_rank(field_sources['salary_max']), -night, doc_id)) FILTER (WHERE salary_max IS NOT NULL) AS salary_max,
        arg_min(field_stage(field_sources['salary_max']), (field_rank(field_sources['salary_max']), -night, doc_id)) FILTER (WHERE salary_max IS NOT NULL) AS salary_max__stage,
        arg_min(salary_period, (field_rank(field_sources['salary_period']), -night, doc_id)) FILTER (WHERE salary_period IS NOT NULL) AS salary_period,
        arg_min(field_stage(field_sources['salary_period']), (field_rank(field_sources['salary_period']), -night, doc_id)) FILTER (WHERE salary_period IS NOT NULL) AS salary_period__stage,
        arg_min(salary_currency, (field_rank(field_sources['salary_currency']), -night, doc_id)) FILTER (WHERE salary_currency IS NOT NULL) AS salary_currency,
        arg_min(field_stage(field_sources['salary_currency']), (field_rank(field_sources['salary_currency']), -night, doc_id)) FILTER (WHERE salary_currency IS NOT NULL) AS salary_currency__stage,
        arg_min(salary_scale, (field_rank(field_sources['salary_scale']), -night, doc_id)) FILTER (WHERE salary_scale IS NOT NULL) AS salary_scale,
        arg_min(field_stage(field_sources['salary_scale']), (field_rank(field_sources['salary_scale']), -night, doc_id)) FILTER (WHERE salary_scale IS NOT NULL) AS salary_scale__stage,
        arg_min(education_level, (field_rank(field_sources['education_level']), -night, doc_id)) FILTER (WHERE education_level IS NOT NULL) AS education_level,
        arg_min(field_stage(field_sources['education_level']), (field_rank(field_sources['education_level']), -night, doc_id)) FILTER (WHERE education_level IS NOT NULL) AS education_level__stage,
        arg_min(experience_years_min, (field_rank(field_sources['experience_years_min']), -night, doc_id)) FILTER (WHERE experience_years_min IS NOT NULL) AS experience_years_min,
        arg_min(field_stage(field_sources['experience_years_min']), (field_rank(field_sources['experience_years_min']), -night, doc_id)) FILTER (WHERE experience_years_min IS NOT NULL) AS experience_years_min__stage,
        arg_min(contract_type, (field_rank(field_sources['contract_type']), -night, doc_id)) FILTER (WHERE contract_type IS NOT NULL) AS contract_type,
        arg_min(field_stage(field_sources['contract_type']), (field_rank(field_sources['contract_type']), -night, doc_id)) FILTER (WHERE contract_type IS NOT NULL) AS contract_type__stage,
        arg_min(posted_date, (field_rank(field_sources['posted_date']), -night, doc_id)) FILTER (WHERE posted_date IS NOT NULL) AS posted_date,
        arg_min(field_stage(field_sources['posted_date']), (field_rank(field_sources['posted_date']), -night, doc_id)) FILTER (WHERE posted_date IS NOT NULL) AS posted_date__stage,
        arg_min(closing_date, (field_rank(field_sources['closing_date']), -night, doc_id)) FILTER (WHERE closing_date IS NOT NULL) AS closing_date,
        arg_min(field_stage(field_sources['closing_date']), (field_rank(field_sources['closing_date']), -night, doc_id)) FILTER (WHERE closing_date IS NOT NULL) AS closing_date__stage,
        arg_min(start_date, (field_rank(field_sources['start_date']), -night, doc_id)) FILTER (WHERE start_date IS NOT NULL) AS start_date,
        arg_min(field_stage(field_sources['start_date']), (field_rank(field_sources['start_date']), -night, doc_id)) FILTER (WHERE start_date IS NOT NULL) AS start_date__stage,
        arg_min(end_date, (field_rank(field_sources['end_date']), -night, doc_id)) FILTER (WHERE end_date IS NOT NULL) AS end_date,
        arg_min(field_stage(field_sources['end_date']), (field_rank(field_sources['end_date']), -night, doc_id)) FILTER (WHERE end_date IS NOT NULL) AS end_date__stage,
        arg_min(language, (field_rank(field_sources['language']), -night, doc_id)) FILTER (WHERE language IS NOT NULL) AS language,
        arg_min(field_stage(field_sources['language']), (field_rank(field_sources['language']), -night, doc_id)) FILTER (WHERE language IS NOT NULL) AS language__stage,
        arg_min(categories, (field_rank(field_sources['categories']), -night, doc_id)) FILTER (WHERE categories IS NOT NULL) AS categories,
        arg_min(field_stage(field_sources['categories']), (field_rank(field_sources['categories']), -night, doc_id)) FILTER (WHERE categories IS NOT NULL) AS categories__stage,
        arg_min(description, (field_rank(field_sources['description']), -night, doc_id)) FILTER (WHERE description IS NOT NULL) AS description,
        arg_min(field_stage(field_sources['description']), (field_rank(field_sources['description']), -night, doc_id)) FILTER (WHERE description IS NOT NULL) AS description__stage
    FROM members
    GROUP BY root
),
keyed AS (
    SELECT g.*,
        left(vacex_content_hash(coalesce(g.min_ref_key, 'hash:' || g.first_content_hash)), 16) AS vacancy_key,
        CASE WHEN g.doc_count = 1 THEN 'single'
             WHEN g.key_groups > 1 THEN 'near_duplicate'
             WHEN g.root IN (SELECT root FROM repeated_refs) THEN 'reference'
             ELSE 'content' END AS dedup_tier
    FROM groups g
),
-- Grey-zone pairs point at the other group's vacancy, the smallest key when several.
possible AS (
    SELECT ma.root, min(k.vacancy_key) AS possible_duplicate_of
    FROM decided d
    JOIN membership ma ON ma.idx = d.a
    JOIN membership mb ON mb.idx = d.b
    JOIN keyed k ON k.root = mb.root
    WHERE d.grey AND ma.root <> mb.root
    GROUP BY ma.root
    UNION ALL
    SELECT mb.root, min(k.vacancy_key)
    FROM decided d
    JOIN membership ma ON ma.idx = d.a
    JOIN membership mb ON mb.idx = d.b
    JOIN keyed k ON k.root = ma.root
    WHERE d.grey AND ma.root <> mb.root
    GROUP BY mb.root
),
latest AS (SELECT max(run_date) AS night FROM obs)
SELECT
    g.vacancy_key,
    g.dedup_tier,
    g.sites,
    g.doc_ids,
    g.doc_count,
    g.first_seen,
    g.last_seen,
    g.times_seen,
    CASE WHEN g.closing_date IS NOT NULL THEN g.closing_date >= latest.night
         ELSE latest.night - g.last_seen <= s.grace END AS is_open,
    (SELECT min(p.possible_duplicate_of) FROM possible p WHERE p.root = g.root) AS possible_duplicate_of,
    g.monthly.lo AS salary_monthly_min,
    g.monthly.hi AS salary_monthly_max,
    g.title,
    g.employer,
    g.reference,
    g.city,
    g.municipality_code,
    g.province,
    g.hours_min,
    g.hours_max,
    g.salary_min,
    g.salary_max,
    g.salary_period,
    g.salary_currency,
    g.salary_scale,
    g.education_level,
    g.experience_years_min,
    g.contract_type,
    g.posted_date,
    g.closing_date,
    g.start_date,
    g.end_date,
    g.language,
    g.categories,
    g.description,
    map_from_entries(list_filter([
            {'key': 'title', 'value': g.title__stage},
            {'key': 'employer', 'value': g.employer__stage},
            {'key': 'reference', 'value': g.reference__stage},
            {'key': 'city', 'value': g.city__stage},
            {'key': 'municipality_code', 'value': g.municipality_code__stage},
            {'key': 'province', 'value': g.province__stage},
            {'key': 'hours_min', 'value': g.hours_min__stage},
            {'key': 'hours_max', 'value': g.hours_max__stage},
            {'key': 'salary_min', 'value': g.salary_min__stage},
            {'key': 'salary_max', 'value': g.salary_max__stage},
            {'key': 'salary_period', 'value': g.salary_period__stage},
            {'key': 'salary_currency', 'value': g.salary_currency__stage},
            {'key': 'salary_scale', 'value': g.salary_scale__stage},
            {'key': 'education_level', 'value': g.education_level__stage},
            {'key': 'experience_years_min', 'value': g.experience_years_min__stage},
            {'key': 'contract_type', 'value': g.contract_type__stage},
            {'key': 'posted_date', 'value': g.posted_date__stage},
            {'key': 'closing_date', 'value': g.closing_date__stage},
            {'key': 'start_date', 'value': g.start_date__stage},
            {'key': 'end_date', 'value': g.end_date__stage},
            {'key': 'language', 'value': g.language__stage},
            {'key': 'categories', 'value': g.categories__stage},
            {'key': 'description', 'value': g.description__stage}
        ], lambda e: e.value IS NOT NULL)) AS field_sources
FROM keyed g, latest, settings s
ORDER BY g.vacancy_key;
