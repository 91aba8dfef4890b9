-- local: a base type already in use, an operator, class and index over it,
-- a language with a function; a cast and a conversion the remote lacks
CREATE TYPE int42;
CREATE FUNCTION int42_in(cstring) RETURNS int42 AS 'int4in' LANGUAGE internal STRICT IMMUTABLE;
CREATE FUNCTION int42_out(int42) RETURNS cstring AS 'int4out' LANGUAGE internal STRICT IMMUTABLE;
CREATE TYPE int42 (INTERNALLENGTH = 4, INPUT = int42_in, OUTPUT = int42_out,
                   ALIGNMENT = int4, PASSEDBYVALUE);
CREATE TABLE item (id integer PRIMARY KEY, v int42);
CREATE OPERATOR === (FUNCTION = int4eq, LEFTARG = integer, RIGHTARG = integer, RESTRICT = eqsel);
CREATE OPERATOR FAMILY fam USING btree;
CREATE OPERATOR CLASS cls FOR TYPE integer USING btree FAMILY fam AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 ===, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 btint4cmp(integer, integer);
CREATE INDEX item_id_cls ON item (id cls);
CREATE FUNCTION lt_handler() RETURNS language_handler AS '$libdir/plpgsql', 'plpgsql_call_handler' LANGUAGE C;
CREATE LANGUAGE ltlang HANDLER lt_handler;
CREATE FUNCTION answer() RETURNS integer LANGUAGE ltlang AS 'begin return 42; end';
CREATE CAST (int42 AS integer) WITHOUT FUNCTION;
CREATE CONVERSION old_conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
