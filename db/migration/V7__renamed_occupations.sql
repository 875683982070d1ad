-- The addresses an occupation had before it was renamed: /occupations/{old_slug} and
-- comparisons naming it answer with a 301 to its current address. Deleting the occupation
-- deletes them, so its old addresses then answer 404 like its current one.
CREATE TABLE occupation_former_slug (
    slug          varchar(120) PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    occupation_id bigint NOT NULL REFERENCES occupation (id) ON DELETE CASCADE
);
CREATE INDEX occupation_former_slug_occupation_idx ON occupation_former_slug (occupation_id);

CREATE TRIGGER occupation_former_slug_bumps_catalog_version
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON occupation_former_slug
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
