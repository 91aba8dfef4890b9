-- Extended statistics (CREATE STATISTICS): created (also on expressions and
-- a new column), changed kinds, target set and reset, dropped; one over a
-- column the migration drops goes with it; one over a column dropped to be
-- added again (it becomes generated) is built again.
CREATE TABLE orders (id int, customer int, region text, city text, total numeric, old_col int, net numeric);
CREATE STATISTICS orders_net ON customer, net FROM orders;
CREATE STATISTICS orders_geo (dependencies) ON region, city FROM orders;
CREATE STATISTICS orders_cust ON customer, region FROM orders;
ALTER STATISTICS orders_cust SET STATISTICS 200;
CREATE STATISTICS orders_gone ON customer, total FROM orders;
CREATE STATISTICS orders_old ON old_col, customer FROM orders;
