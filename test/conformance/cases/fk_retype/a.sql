CREATE TABLE country (code integer PRIMARY KEY, alt integer UNIQUE);
CREATE TABLE city (
    id integer PRIMARY KEY,
    country integer NOT NULL REFERENCES country,
    alt_country integer REFERENCES country (alt)
);
CREATE TABLE street (id integer, city_id integer REFERENCES city ON DELETE CASCADE);
CREATE TABLE note (id integer, city_id bigint REFERENCES city);
INSERT INTO country VALUES (1, 10), (2, 20);
INSERT INTO city VALUES (100, 1, 10), (200, 2, NULL);
INSERT INTO street VALUES (1, 100), (2, 200);
INSERT INTO note VALUES (1, 200);
