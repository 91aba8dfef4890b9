CREATE TABLE keep (id int);
INSERT INTO keep VALUES (1);
