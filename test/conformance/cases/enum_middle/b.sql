CREATE TYPE mood AS ENUM ('angry', 'sad', 'ok', 'happy', 'elated');
CREATE TABLE person (name text, current mood DEFAULT 'sad');
