-- remote: the base type also in a composite, the operator with another
-- estimator, the family with loose members, a range with a CANONICAL
-- function, a trusted language with a transform, an index access method
-- and a class over it, a new conversion, a cast as assignment
CREATE TYPE int42;
CREATE FUNCTION int42_in(cstring) RETURNS int42 AS 'int4in' LANGUAGE internal STRICT IMMUTABLE;
CREATE FUNCTION int42_out(int42) RETURNS cstring AS 'int4out' LANGUAGE internal STRICT IMMUTABLE;
CREATE TYPE int42 (INTERNALLENGTH = 4, INPUT = int42_in, OUTPUT = int42_out,
                   ALIGNMENT = int4, PASSEDBYVALUE);
CREATE TYPE pair AS (a integer, b int42);
CREATE TYPE ir;
CREATE FUNCTION ir_canon(ir) RETURNS ir AS 'int4range_canonical' LANGUAGE internal STRICT IMMUTABLE;
CREATE TYPE ir AS RANGE (SUBTYPE = integer, CANONICAL = ir_canon);
CREATE TABLE item (id integer PRIMARY KEY, v int42, p pair, r ir);
CREATE OPERATOR === (FUNCTION = int4eq, LEFTARG = integer, RIGHTARG = integer,
                     RESTRICT = scalarltsel);
CREATE OPERATOR FAMILY fam USING btree;
CREATE OPERATOR CLASS cls FOR TYPE integer USING btree FAMILY fam AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 ===, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 btint4cmp(integer, integer);
ALTER OPERATOR FAMILY fam USING btree ADD
    OPERATOR 1 <(integer, bigint), FUNCTION 1 (integer, bigint) btint48cmp(integer, bigint);
CREATE INDEX item_id_cls ON item (id cls);
CREATE FUNCTION lt_handler() RETURNS language_handler AS '$libdir/plpgsql', 'plpgsql_call_handler' LANGUAGE C;
CREATE TRUSTED LANGUAGE ltlang HANDLER lt_handler;
CREATE FUNCTION answer() RETURNS integer LANGUAGE ltlang AS 'begin return 42; end';
CREATE TRANSFORM FOR int42 LANGUAGE ltlang (FROM SQL WITH FUNCTION prsd_lextype(internal));
CREATE ACCESS METHOD btree2 TYPE INDEX HANDLER bthandler;
CREATE OPERATOR FAMILY fam2 USING btree2;
CREATE OPERATOR CLASS cls2 DEFAULT FOR TYPE integer USING btree2 FAMILY fam2 AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 btint4cmp(integer, integer);
CREATE CAST (int42 AS integer) WITHOUT FUNCTION AS ASSIGNMENT;
CREATE DEFAULT CONVERSION new_conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
