CREATE TABLE t (id int PRIMARY KEY, tags text[], ttl integer, flags boolean[], spot box);
