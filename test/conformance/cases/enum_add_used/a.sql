CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE m (x mood);
