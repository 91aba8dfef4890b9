-- longtail_objects: base types (shell, I/O functions, CREATE TYPE), operators,
-- operator families and classes, casts, conversions, procedural languages,
-- transforms and access methods: created in dependency order, changed in
-- place where PostgreSQL allows it, dropped after what uses them; rows stay.
SELECT format('host=%s port=%s dbname=psd_longtail_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_longtail_remote;

\c psd_longtail_remote
CREATE SCHEMA lt;
CREATE TYPE lt.int42;
CREATE FUNCTION lt.int42_in(cstring) RETURNS lt.int42 AS 'int4in' LANGUAGE internal STRICT IMMUTABLE;
CREATE FUNCTION lt.int42_out(lt.int42) RETURNS cstring AS 'int4out' LANGUAGE internal STRICT IMMUTABLE;
CREATE TYPE lt.int42 (INTERNALLENGTH = 4, INPUT = lt.int42_in, OUTPUT = lt.int42_out,
                      ALIGNMENT = int4, DEFAULT = 42, PASSEDBYVALUE);
CREATE TYPE lt.pair AS (a integer, b lt.int42);
CREATE TYPE lt.ir;
CREATE FUNCTION lt.ir_canon(lt.ir) RETURNS lt.ir AS 'int4range_canonical' LANGUAGE internal STRICT IMMUTABLE;
CREATE TYPE lt.ir AS RANGE (SUBTYPE = integer, CANONICAL = lt.ir_canon);
CREATE TABLE lt.item (id integer PRIMARY KEY, v lt.int42, p lt.pair, r lt.ir);
CREATE CAST (lt.int42 AS integer) WITHOUT FUNCTION AS IMPLICIT;
CREATE OPERATOR lt.=== (FUNCTION = int4eq, LEFTARG = integer, RIGHTARG = integer,
                        COMMUTATOR = OPERATOR(lt.===), RESTRICT = eqsel);
CREATE OPERATOR FAMILY lt.fam USING btree;
CREATE OPERATOR CLASS lt.cls FOR TYPE integer USING btree FAMILY lt.fam AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 lt.===, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 btint4cmp(integer, integer);
ALTER OPERATOR FAMILY lt.fam USING btree ADD
    OPERATOR 1 <(integer, bigint), FUNCTION 1 (integer, bigint) btint48cmp(integer, bigint);
CREATE INDEX item_id_cls ON lt.item (id lt.cls);
-- an exclusion constraint using the class and its operator
ALTER TABLE lt.item ADD CONSTRAINT item_excl EXCLUDE USING btree (id lt.cls WITH OPERATOR(lt.===));
CREATE FUNCTION lt.lt_handler() RETURNS language_handler AS '$libdir/plpgsql', 'plpgsql_call_handler' LANGUAGE C;
CREATE TRUSTED LANGUAGE ltlang HANDLER lt.lt_handler;
CREATE FUNCTION lt.answer() RETURNS integer LANGUAGE ltlang AS 'begin return 42; end';
CREATE TRANSFORM FOR lt.int42 LANGUAGE ltlang (FROM SQL WITH FUNCTION prsd_lextype(internal));
CREATE CONVERSION lt.conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE ACCESS METHOD lt_heap TYPE TABLE HANDLER heap_tableam_handler;
CREATE TYPE lt.undefined;
\c contrib_regression
CREATE SCHEMA lt;
CREATE TABLE lt.item (id integer PRIMARY KEY);
INSERT INTO lt.item VALUES (1), (2);

-- everything created: the shells first, the I/O and CANONICAL functions, the
-- types, then what uses them; the operator before the class, the handler
-- before the language before its function
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
UPDATE lt.item SET v = '7', p = ROW(1, '8'), r = lt.ir(1, 5, '[]');
SELECT id, v, p, r, v::integer + 1 AS cast_used, lt.answer() AS answer FROM lt.item ORDER BY id;
SELECT id FROM lt.item WHERE id OPERATOR(lt.===) 2;

-- changed in place: an operator's estimator, a family's loose members, a
-- language's trust
\c psd_longtail_remote
ALTER OPERATOR lt.=== (integer, integer) SET (RESTRICT = scalarltsel);
ALTER OPERATOR FAMILY lt.fam USING btree DROP FUNCTION 1 (integer, bigint);
ALTER OPERATOR FAMILY lt.fam USING btree ADD OPERATOR 5 >(integer, bigint);
CREATE OR REPLACE LANGUAGE ltlang HANDLER lt.lt_handler;
\c contrib_regression
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);

-- a class that differs while an index uses it: reported, not dropped (the
-- exclusion constraint the remote dropped goes)
\c psd_longtail_remote
ALTER TABLE lt.item DROP CONSTRAINT item_excl;
DROP INDEX lt.item_id_cls;
DROP OPERATOR CLASS lt.cls USING btree;
CREATE OPERATOR CLASS lt.cls FOR TYPE integer USING btree FAMILY lt.fam AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 btint4cmp(integer, integer);
CREATE INDEX item_id_cls ON lt.item (id lt.cls);
\c contrib_regression
SELECT ordinal, kind, identity, action, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- everything dropped again: what uses an object goes first; the rows of
-- the table stay
\c psd_longtail_remote
DROP SCHEMA lt CASCADE;
DROP ACCESS METHOD lt_heap;
CREATE SCHEMA lt;
CREATE TABLE lt.item (id integer PRIMARY KEY);
\c contrib_regression
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT * FROM lt.item ORDER BY id;

DROP SCHEMA lt CASCADE;
DROP DATABASE psd_longtail_remote;
