-- Search by title: accent- and case-insensitive, word prefixes in any order, singular and
-- plural, typos (trigrams), and alternate titles. See OccupationSearch for the ranking.
-- pg_trgm and unaccent ship with PostgreSQL (contrib) and are trusted extensions, so the
-- database's owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A title as search compares it: no accents, lower case, words of letters and digits
-- separated by single spaces, and initials joined ("A/R Spécialiste " -> "ar specialiste").
-- unaccent() is only STABLE (its dictionary could change), so this names the dictionary
-- and is declared IMMUTABLE, as indexes need.
CREATE FUNCTION search_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN btrim(regexp_replace(
        regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)),
                       '(^|[^[:alnum:]])([[:alnum:]])[./&]([[:alnum:]])(?![[:alnum:]])', '\1\2\3', 'g'),
        '[^[:alnum:]]+', ' ', 'g'));

-- English stems without stop words, so that "collection" finds "collections" and no word
-- of a title is ever ignored.
CREATE TEXT SEARCH DICTIONARY title_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION title_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION title_search
    ALTER MAPPING FOR asciiword, word, asciihword, hword, hword_asciipart, hword_part WITH title_stem;

-- The words of a search as a text query: each one a prefix of a stemmed word of the title
-- ("loss mit" -> 'loss':* & 'mit':*); NULL, matching nothing, when there are no words.
CREATE FUNCTION search_words(value text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN (SELECT to_tsquery('title_search'::regconfig, string_agg(quote_literal(word) || ':*', ' & '))
            FROM unnest(string_to_array(search_text(value), ' ')) AS word
            WHERE word <> '');

-- How close a title comes to the words of a search with typos: the least, over the words,
-- of the word's trigram similarity to its closest part of the title (0 to 1). A word of
-- fewer than four letters has too few trigrams to judge: it must start a word of the title.
CREATE FUNCTION word_closeness(words text, title text) RETURNS real
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN (SELECT min(CASE WHEN length(word) >= 4 THEN word_similarity(word, title)
                            WHEN position(' ' || word IN ' ' || title) > 0 THEN 1
                            ELSE 0 END)
            FROM unnest(string_to_array(words, ' ')) AS word);

CREATE FUNCTION title_words(value text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN to_tsvector('title_search'::regconfig, search_text(value));

-- Other names people use for an occupation ("A/R Specialist"), in the order shown.
CREATE TABLE alternate_title (
    occupation_id bigint NOT NULL REFERENCES occupation (id) ON DELETE CASCADE,
    position      integer NOT NULL CHECK (position >= 1),
    title         varchar(120) NOT NULL CHECK (btrim(title) = title AND title <> ''),
    PRIMARY KEY (occupation_id, position),
    -- deferred, so that reordering the list may pass through a moment with a title twice
    CONSTRAINT alternate_title_title_key UNIQUE (occupation_id, title) DEFERRABLE INITIALLY DEFERRED
);

-- trigrams: title prefixes (LIKE); words: stemmed word prefixes, and corrected typos
CREATE INDEX occupation_title_trgm ON occupation USING gin (search_text(title) gin_trgm_ops);
CREATE INDEX occupation_title_words ON occupation USING gin (title_words(title));
CREATE INDEX alternate_title_trgm ON alternate_title USING gin (search_text(title) gin_trgm_ops);
CREATE INDEX alternate_title_words ON alternate_title USING gin (title_words(title));

-- Every word of four letters or more that a title or an alternate title uses, kept by the
-- triggers below. A misspelt word is corrected against this short list by trigram
-- similarity (an index), and the corrections are then looked up in the titles' word
-- indexes: far cheaper than comparing the query with every title.
CREATE TABLE search_word (
    word text PRIMARY KEY CHECK (word ~ '^[[:alnum:]]{4,}$')
);
CREATE INDEX search_word_trgm ON search_word USING gin (word gin_trgm_ops);

CREATE FUNCTION add_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_word (word)
    SELECT DISTINCT word FROM unnest(string_to_array(search_text(NEW.title), ' ')) AS word
    WHERE length(word) >= 4
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER occupation_adds_search_words AFTER INSERT OR UPDATE OF title ON occupation
    FOR EACH ROW EXECUTE FUNCTION add_search_words();
CREATE TRIGGER alternate_title_adds_search_words AFTER INSERT OR UPDATE OF title ON alternate_title
    FOR EACH ROW EXECUTE FUNCTION add_search_words();

INSERT INTO search_word (word)
SELECT DISTINCT word FROM occupation, unnest(string_to_array(search_text(title), ' ')) AS word
WHERE length(word) >= 4;

CREATE TRIGGER alternate_title_bumps_catalog_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON alternate_title
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();

INSERT INTO alternate_title (occupation_id, position, title)
SELECT o.id, a.position, a.title
FROM (VALUES
    ('accounts-receivable-specialist', 1, 'AR Specialist'),
    ('accounts-receivable-specialist', 2, 'A/R Specialist'),
    ('accounts-receivable-specialist', 3, 'Accounts Receivable Clerk'),
    ('accounts-receivable-specialist', 4, 'Accounts Receivable Representative'),
    ('senior-accounts-receivable-specialist', 1, 'Senior AR Specialist'),
    ('senior-accounts-receivable-specialist', 2, 'Senior A/R Specialist'),
    ('senior-accounts-receivable-specialist', 3, 'Lead Accounts Receivable Specialist'),
    ('collector', 1, 'Debt Collector'),
    ('collector', 2, 'Collection Agent'),
    ('collector', 3, 'Bill Collector'),
    ('collections-specialist', 1, 'Collections Analyst'),
    ('collections-specialist', 2, 'Credit and Collections Specialist'),
    ('collections-coordinator', 1, 'Collections Supervisor'),
    ('collections-coordinator', 2, 'Collections Team Lead'),
    ('loss-mitigation-specialist', 1, 'Loss Mitigation Analyst'),
    ('loss-mitigation-specialist', 2, 'Mortgage Loss Mitigation Specialist'),
    ('loss-mitigation-specialist', 3, 'Default Specialist'),
    ('account-resolution-specialist', 1, 'Patient Account Representative'),
    ('account-resolution-specialist', 2, 'Billing Resolution Specialist'),
    ('account-specialist', 1, 'Account Representative'),
    ('account-specialist', 2, 'Customer Account Specialist'),
    ('account-specialist', 3, 'Account Services Specialist')
) AS a (slug, position, title)
JOIN occupation o ON o.slug = a.slug;
