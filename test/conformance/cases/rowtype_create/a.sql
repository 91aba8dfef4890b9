-- A table's row type used by a column of another table and by a composite
-- type, all created from nothing: the graph creates the table whose row type
-- is used first, whatever the names say.
CREATE TABLE keep (id int);
