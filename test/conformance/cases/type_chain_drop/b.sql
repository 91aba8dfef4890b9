-- (see a.sql)
CREATE TABLE keep (id int PRIMARY KEY);
