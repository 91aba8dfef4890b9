CREATE TYPE person AS (name text, age bigint, born date);
CREATE TYPE pet AS (name text);
CREATE TABLE people OF person (
    name WITH OPTIONS NOT NULL,
    born WITH OPTIONS DEFAULT '2000-01-01',
    PRIMARY KEY (name)
);
CREATE INDEX ON people (born);
CREATE TABLE staff OF person;
CREATE TABLE pets (name text);
CREATE TABLE visitors OF person (
    age WITH OPTIONS DEFAULT 18,
    born WITH OPTIONS DEFAULT '1990-01-01' NOT NULL
);
CREATE TABLE visit (who text REFERENCES people, at date);
