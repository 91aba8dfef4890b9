CREATE TABLE keep (id int);
CREATE TABLE gen (col1 int NOT NULL, col2 int GENERATED ALWAYS AS (col1 * 2) STORED);
CREATE TABLE gen_child1 () INHERITS (gen);
CREATE TABLE gen_child2 (col1 int, col2 int) INHERITS (gen);
