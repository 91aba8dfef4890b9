-- Views, materialized views and indexes that PostgreSQL 16+ prints
-- differently from 15 (single-relation views lose their column qualifiers).
CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, created date DEFAULT '2020-01-01');
CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers, total numeric(10, 2), kind int);
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
CREATE VIEW named (order_id, amount) AS SELECT id, total * 2 FROM orders;
CREATE VIEW kinds AS
    SELECT id, CASE kind WHEN 0 THEN 'count' WHEN 1 THEN 'sum' ELSE 'other' END AS kind_name,
           x.created_since AS since
    FROM (SELECT id, kind FROM orders) o
    CROSS JOIN LATERAL (SELECT 1) x(created_since)
    WHERE false;
CREATE VIEW per_customer AS
    SELECT c.name, count(o.id) AS n, sum(o.total) AS total
    FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
    GROUP BY c.name HAVING count(o.id) > 0;
CREATE VIEW on_view AS SELECT name FROM per_customer WHERE n > 2 ORDER BY name;
CREATE VIEW recent WITH (security_barrier) AS
    SELECT id, name FROM customers WHERE created > DATE '2021-06-01' AND name LIKE 'a%';
CREATE RECURSIVE VIEW counter (n) AS SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 10;
CREATE MATERIALIZED VIEW totals AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
CREATE INDEX totals_total ON totals (total);
CREATE INDEX orders_lower ON orders (lower(kind::text)) WHERE total > 0;
