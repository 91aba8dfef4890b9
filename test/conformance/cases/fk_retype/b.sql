CREATE TABLE country (code text PRIMARY KEY, alt bigint UNIQUE);
CREATE TABLE city (
    id bigint PRIMARY KEY,
    country text NOT NULL REFERENCES country,
    alt_country bigint REFERENCES country (alt)
);
CREATE TABLE street (id integer, city_id bigint REFERENCES city ON DELETE CASCADE);
CREATE TABLE note (id integer, city_id bigint REFERENCES city);
