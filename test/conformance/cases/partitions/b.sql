CREATE TABLE measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer,
    extra text,
    PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE INDEX ON measurement (peaktemp);
CREATE TABLE m_2006_02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE m_2006_03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-05-01');
CREATE TABLE m_later PARTITION OF measurement DEFAULT;
CREATE TABLE archive (city_id integer NOT NULL, logdate date NOT NULL, peaktemp integer, extra text);
CREATE TABLE city (id integer, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE city_north PARTITION OF city FOR VALUES IN ('north', 'arctic');
CREATE TABLE city_south PARTITION OF city FOR VALUES IN ('south')
    PARTITION BY HASH (id);
CREATE TABLE city_south_0 PARTITION OF city_south FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE city_south_1 PARTITION OF city_south FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX ON city (id);
CREATE TABLE stamped (created_at timestamp DEFAULT now() NOT NULL);
CREATE TABLE note (body text, CHECK (body <> '')) INHERITS (stamped);
CREATE TABLE flat (id integer) PARTITION BY RANGE (id);
CREATE TABLE flat_all PARTITION OF flat DEFAULT;
