CREATE TABLE users (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    created date DEFAULT '2024-01-01'
);
CREATE INDEX users_created_idx ON users (created);
CREATE TABLE logins (user_id integer REFERENCES users, at date);
CREATE VIEW recent_users AS SELECT id, email FROM users WHERE created > '2023-01-01';
CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, what text);
CREATE TABLE events (at date NOT NULL, what text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_at_idx ON events (at);
INSERT INTO users (email) VALUES ('a@x'), ('b@x');
INSERT INTO logins VALUES (1, '2024-02-02');
INSERT INTO audit (what) VALUES ('x');
INSERT INTO events VALUES ('2024-05-05', 'launch');
