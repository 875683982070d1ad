-- One number that changes whenever anything the public pages show changes. Pages use it
-- as their validator (ETag) and the site keys its in-memory pages on it. Each change is
-- also announced on the channel catalog_version, so that every instance of the site
-- learns of it at once without asking on every request.
-- A new table whose rows appear on public pages needs the same trigger.
CREATE TABLE catalog_version (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version    bigint NOT NULL CHECK (version > 0),
    changed_at timestamptz NOT NULL
);

INSERT INTO catalog_version (version, changed_at) VALUES (1, now());

CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog_version SET version = version + 1, changed_at = now();
    -- delivered when the transaction commits, once however many statements changed things
    PERFORM pg_notify('catalog_version', '');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    catalog_table text;
BEGIN
    FOREACH catalog_table IN ARRAY ARRAY['category', 'company', 'occupation', 'demographic_group',
            'occupation_demographic', 'skill', 'occupation_skill', 'occupation_responsibility', 'popular_comparison']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version()',
                       catalog_table || '_bumps_catalog_version', catalog_table);
    END LOOP;
END
$$;
