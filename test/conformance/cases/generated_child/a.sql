-- Inheritance children of a table with a generated column, one declaring the
-- inherited columns itself (pg_dump's test_table_generated_child2): the
-- child's CREATE TABLE must leave the expression to the parent.
CREATE TABLE keep (id int);
