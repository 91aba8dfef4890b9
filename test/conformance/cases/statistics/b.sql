CREATE TABLE orders (id int, customer int, region text, city text, total numeric, placed date,
    net numeric GENERATED ALWAYS AS (total * 0.8) STORED);
CREATE STATISTICS orders_net ON customer, net FROM orders;
CREATE STATISTICS orders_geo (ndistinct, dependencies) ON region, city FROM orders;
CREATE STATISTICS orders_cust ON customer, region FROM orders;
CREATE STATISTICS orders_expr ON lower(city), region FROM orders;
CREATE STATISTICS orders_placed (mcv) ON placed, region FROM orders;
ALTER STATISTICS orders_placed SET STATISTICS 50;
CREATE TABLE items (order_id int, sku text, qty int);
CREATE STATISTICS items_stats ON order_id, sku FROM items;
