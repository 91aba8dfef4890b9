CREATE SCHEMA archive;
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    created date DEFAULT '2024-01-01'
);
CREATE INDEX accounts_created_idx ON accounts (created);
CREATE TABLE logins (user_id integer REFERENCES accounts, at date);
CREATE VIEW recent_users AS SELECT id, email FROM accounts WHERE created > '2023-01-01';
CREATE TABLE archive.audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, what text);
CREATE TABLE happenings (at date NOT NULL, what text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF happenings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX happenings_at_idx ON happenings (at);
