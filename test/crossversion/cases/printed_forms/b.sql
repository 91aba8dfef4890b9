-- Expressions the server prints back (pg_get_expr, pg_get_constraintdef,
-- pg_get_triggerdef, pg_get_ruledef, policies, partition bounds): the same
-- schema on 15 and on the remote major must give no rows.
CREATE DOMAIN positive AS numeric CHECK (VALUE > 0 AND VALUE < 1e9);
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner text NOT NULL DEFAULT current_user,
    email text CHECK (email ~* '^[^@]+@[^@]+$' AND length(email) < 200),
    balance positive DEFAULT 1.5,
    created timestamptz NOT NULL DEFAULT now(),
    day date DEFAULT CURRENT_DATE,
    tags text[] DEFAULT ARRAY['a', 'b']::text[],
    feeling mood DEFAULT 'ok',
    total numeric GENERATED ALWAYS AS (balance * 2 + coalesce(nullif(length(owner), 0), 1)) STORED,
    CONSTRAINT sane CHECK (created > '2000-01-01'::timestamptz OR owner IN ('root', 'admin')),
    CONSTRAINT tag_limit CHECK (cardinality(tags) BETWEEN 0 AND 10)
);
CREATE INDEX accounts_lower_email ON accounts (lower(email) text_pattern_ops) WHERE email IS NOT NULL AND balance::numeric > 10;
CREATE TABLE events (id int, at timestamptz, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE TABLE by_kind (kind text, n int) PARTITION BY LIST (lower(kind));
CREATE TABLE by_kind_ab PARTITION OF by_kind FOR VALUES IN ('a', 'b');
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON accounts USING (owner = current_user AND feeling <> 'sad'::mood) WITH CHECK (balance::numeric < 1000);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created := now(); RETURN NEW; END $$;
CREATE TRIGGER accounts_touch BEFORE UPDATE OF email ON accounts FOR EACH ROW
    WHEN (OLD.email IS DISTINCT FROM NEW.email AND NEW.balance::numeric > 0) EXECUTE FUNCTION touch();
CREATE TABLE audit (id int, what text);
CREATE RULE no_delete AS ON DELETE TO audit WHERE old.id > 100 DO INSTEAD NOTHING;
CREATE FUNCTION plus(a int, b int DEFAULT 1) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE VIEW rich AS
    SELECT a.id, a.owner, e.kind, count(*) FILTER (WHERE e.at > now() - interval '1 day') AS recent,
           row_number() OVER (PARTITION BY a.owner ORDER BY a.id DESC NULLS LAST) AS rn,
           CASE WHEN a.balance::numeric > 10 THEN 'rich' ELSE 'poor' END AS class,
           plus(a.id::int) AS next, a.tags[1] AS first_tag
    FROM accounts a LEFT JOIN events e ON e.id = a.id
    WHERE a.email LIKE '%@example.com' AND a.id = ANY (ARRAY[1, 2, 3])
    GROUP BY a.id, a.owner, e.kind, e.at;
