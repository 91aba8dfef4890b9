CREATE SCHEMA "Odd ""Schema""";
CREATE SCHEMA "select";
CREATE TABLE "Odd ""Schema"""."Tablé" ("select" bigint NOT NULL DEFAULT 7, "Mixed Case" text DEFAULT 'it''s \ here', "ünïcode ☃" text);
CREATE TYPE "select"."Enum ""q""" AS ENUM ('a''b', 'C D', 'ß');
CREATE TABLE "select"."from" ("where" "select"."Enum ""q""" DEFAULT 'C D', CONSTRAINT "check me" CHECK ("where" <> 'ß'));
CREATE INDEX "Idx ""1""" ON "select"."from" ("where");
CREATE SEQUENCE "select"."Seq 1" START 5 INCREMENT 5;
