-- Search at scale (100,000 occupations, 300,000 alternate titles) within its latency targets.
--
-- Each title's search form and its words are stored, computed by PostgreSQL whenever a
-- title is written, so a search compares stored values instead of running unaccent and
-- regular expressions on every row it looks at. The search form is in the "C" collation,
-- so that a btree range answers "the title is, or starts with, what was typed" with
-- runtime parameters as well as constants.
ALTER TABLE occupation
    ADD COLUMN search_title text COLLATE "C" GENERATED ALWAYS AS (search_text(title)) STORED,
    ADD COLUMN search_words tsvector GENERATED ALWAYS AS (title_words(title)) STORED;
ALTER TABLE alternate_title
    ADD COLUMN search_title text COLLATE "C" GENERATED ALWAYS AS (search_text(title)) STORED,
    ADD COLUMN search_words tsvector GENERATED ALWAYS AS (title_words(title)) STORED;

DROP INDEX occupation_title_trgm;
DROP INDEX occupation_title_words;
DROP INDEX alternate_title_trgm;
DROP INDEX alternate_title_words;

CREATE INDEX occupation_search_title ON occupation (search_title);
CREATE INDEX occupation_search_words ON occupation USING gin (search_words);
-- "Did you mean": the titles nearest the whole query, when nothing matched
CREATE INDEX occupation_search_title_trgm ON occupation USING gin (search_title gin_trgm_ops);
CREATE INDEX alternate_title_search_title ON alternate_title (search_title);
CREATE INDEX alternate_title_search_words ON alternate_title USING gin (search_words);

-- A search's words now follow rules that need the list of known words (OccupationSearch
-- builds the text query itself), so the function that applied the old rules goes.
DROP FUNCTION search_words(text);
