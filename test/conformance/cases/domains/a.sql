CREATE DOMAIN price AS numeric(10,2) CONSTRAINT positive CHECK (VALUE > 0);
CREATE DOMAIN amount AS integer CHECK (VALUE > 0);
CREATE TABLE item (id integer PRIMARY KEY, cost price, qty amount);
INSERT INTO item VALUES (1, 9.99, 3);
