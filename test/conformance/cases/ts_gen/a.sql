CREATE TABLE doc (id int, body text);
INSERT INTO doc VALUES (1, 'hello world');
