-- Types that use each other, created from nothing: the order must follow the
-- dependencies, not the names (a composite over a composite and a range
-- named later, a domain over a composite, a domain over a domain).
CREATE TABLE keep (id int PRIMARY KEY);
