-- inherited_defaults: the own default of a column a partition or an
-- inheritance child only inherits (ALTER TABLE ONLY ... SET/DROP DEFAULT):
-- set on partitions and children created here, kept when the parent's
-- default changes (its ALTER COLUMN recurses), dropped; rows stay.
SELECT format('host=%s port=%s dbname=psd_inhdef_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_inhdef_remote;

\c psd_inhdef_remote
\i test/conformance/cases/inherited_defaults/b.sql
\c contrib_regression
\i test/conformance/cases/inherited_defaults/a.sql

SELECT ordinal, identity, sql FROM schema_diff(:'remote') ORDER BY ordinal;
BEGIN;
SELECT sql FROM schema_diff(:'remote') ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote');
-- each partition and child fills its own default (the parent's own applies
-- to rows inserted through the parent)
INSERT INTO m (id, at) VALUES (10, '2020-06-01');
INSERT INTO m_old (id, at) VALUES (14, '2020-06-01');
INSERT INTO m_2024 (id, at) VALUES (11, '2024-06-01');
INSERT INTO m_2025 (id, at) VALUES (12, '2025-06-01');
INSERT INTO c1 (id) VALUES (13);
INSERT INTO c2 (kind) VALUES ('given');
SELECT tableoid::regclass, * FROM m ORDER BY id;
SELECT tableoid::regclass, * FROM p ORDER BY id;

DROP TABLE m, p CASCADE;
DROP DATABASE psd_inhdef_remote;
