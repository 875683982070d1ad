-- Failed sign-ins are counted per username and client address, and per client address,
-- so that a stranger's failures lock out only the stranger (see LoginAttempts). A row's
-- subject says which: 'user <username> from <address>' or 'address <address>'. The rows
-- counted per username alone are let go: they would only lock people out everywhere.
DELETE FROM login_failure;
ALTER TABLE login_failure RENAME COLUMN username TO subject;
ALTER TABLE login_failure ALTER COLUMN subject TYPE varchar(200);
