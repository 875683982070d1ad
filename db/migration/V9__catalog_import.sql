-- A revision can say what it was, beyond who made it: an import names its file.
ALTER TABLE revision ADD COLUMN note varchar(300);

-- The catalog version rises once per transaction however many statements it runs: an
-- import of ten thousand occupations is one change, as it is one revision. The trigger
-- remembers the transaction that last raised it and does nothing more in that one.
ALTER TABLE catalog_version ADD COLUMN changed_in xid8;

CREATE OR REPLACE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog_version SET version = version + 1, changed_at = now(), changed_in = pg_current_xact_id()
     WHERE changed_in IS DISTINCT FROM pg_current_xact_id();
    IF FOUND THEN
        -- delivered when the transaction commits
        PERFORM pg_notify('catalog_version', '');
    END IF;
    RETURN NULL;
END
$$;
