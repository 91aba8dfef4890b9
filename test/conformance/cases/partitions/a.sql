CREATE TABLE measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer
) PARTITION BY RANGE (logdate);
CREATE TABLE m_2006_02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE m_2006_03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
CREATE TABLE archive PARTITION OF measurement FOR VALUES FROM ('2005-01-01') TO ('2006-01-01');
CREATE INDEX ON m_2006_02 (city_id);
CREATE TABLE m_later (city_id integer NOT NULL, logdate date NOT NULL, peaktemp integer);
CREATE TABLE stamped (created_at timestamp DEFAULT now() NOT NULL, gone integer);
CREATE TABLE note (body text) INHERITS (stamped);
CREATE TABLE flat (id integer);
