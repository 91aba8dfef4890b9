CREATE TYPE mood AS ENUM ('a', 'b', 'c');
CREATE TABLE m (x mood DEFAULT 'c');
