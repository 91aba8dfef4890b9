CREATE SCHEMA "Odd ""Schema""";
CREATE TABLE "Odd ""Schema"""."Tablé" ("select" int, "Mixed Case" text);
