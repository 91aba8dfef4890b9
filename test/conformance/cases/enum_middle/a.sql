CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (name text, current mood DEFAULT 'sad');
