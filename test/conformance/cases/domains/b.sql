CREATE TYPE level AS ENUM ('low', 'high');
CREATE DOMAIN price AS numeric(10,2) DEFAULT 0 NOT NULL
    CONSTRAINT non_negative CHECK (VALUE >= 0);
CREATE DOMAIN code AS text COLLATE "C" CONSTRAINT short CHECK (length(VALUE) < 8);
CREATE DOMAIN urgency AS level DEFAULT 'low';
CREATE TABLE item (id integer PRIMARY KEY, cost price, qty integer, sku code, how urgency);
COMMENT ON DOMAIN code IS 'stock keeping unit';
