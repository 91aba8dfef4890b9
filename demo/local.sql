-- The database to migrate (where pgschemadiff is installed): last month's schema.
CREATE TYPE order_status AS ENUM ('new', 'shipped');
CREATE TABLE customer (
    id serial PRIMARY KEY,
    name text,
    phone varchar(20)
);
CREATE TABLE "order" (
    id serial PRIMARY KEY,
    customer_id int REFERENCES customer,
    status order_status DEFAULT 'new',
    total numeric(10, 2)
);
CREATE INDEX order_customer ON "order" (customer_id);
INSERT INTO customer (name, phone) VALUES ('Ada', '555-0100'), ('Linus', '555-0199');
INSERT INTO "order" (customer_id, total) VALUES (1, 12.50), (2, 99.00);
