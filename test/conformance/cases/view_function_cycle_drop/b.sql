-- The reverse of view_function_cycle: the view and the function that read
-- each other are both dropped. The view is first replaced by its columns
-- only (it no longer calls the function), then the function goes, then it.
CREATE TABLE counters (id int PRIMARY KEY, n bigint);
INSERT INTO counters VALUES (1, 41);
