CREATE EXTENSION btree_gist;
CREATE TABLE booking (room int, during tsrange);
