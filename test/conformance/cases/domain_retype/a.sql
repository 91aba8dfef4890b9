CREATE DOMAIN sku AS varchar(8) CONSTRAINT not_blank CHECK (VALUE <> '');
CREATE DOMAIN qty AS integer DEFAULT 0;
CREATE DOMAIN label AS text;
CREATE TABLE item (id integer PRIMARY KEY, code sku NOT NULL DEFAULT 'none',
                   codes sku[], n qty, tag label);
CREATE INDEX item_code ON item (code);
CREATE VIEW item_codes AS SELECT id, code, n FROM item;
CREATE FUNCTION shout(s sku) RETURNS sku LANGUAGE sql AS $$ SELECT upper(s)::sku $$;
INSERT INTO item VALUES (1, 'abc', '{abc,defgh}', 7, 'x'), (2, 'abcdefgh', NULL, 2147483647, 'y');
