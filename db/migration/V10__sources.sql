-- Where each occupation's figures come from, and as of when (unknown for the seed: the
-- source pages do not say).
ALTER TABLE occupation ADD COLUMN source varchar(300), ADD COLUMN source_date date;
ALTER TABLE occupation_aud ADD COLUMN source varchar(300), ADD COLUMN source_date date;

UPDATE occupation SET source = 'Zippia comparison page ' || pages
  FROM (VALUES
      ('loss-mitigation-specialist', 'db/source-pages/000_4af132eb9104d2df.txt'),
      ('accounts-receivable-specialist', 'db/source-pages/000_4af132eb9104d2df.txt and 001_839e2de4fccac17c.txt'),
      ('collections-coordinator', 'db/source-pages/001_839e2de4fccac17c.txt'),
      ('senior-accounts-receivable-specialist', 'db/source-pages/002_09ae78ede56cf255.txt'),
      ('collector', 'db/source-pages/002_09ae78ede56cf255.txt'),
      ('account-resolution-specialist', 'db/source-pages/003_5ac72ec45b0771e8.txt'),
      ('collections-specialist', 'db/source-pages/003_5ac72ec45b0771e8.txt and 004_0726809a20ecf426.txt'),
      ('account-specialist', 'db/source-pages/004_0726809a20ecf426.txt')) AS seeded (slug, pages)
 WHERE occupation.slug = seeded.slug;

-- their revisions name the source too, so that no admin's next save shows it as a change
UPDATE occupation_aud SET source = occupation.source
  FROM occupation
 WHERE occupation_aud.id = occupation.id AND occupation.source IS NOT NULL;
