-- Reach by the person's own dimensions (sex, age, population group, disability, area) reads a
-- rollup of one row per person with deliveries: their delivery count, first and last delivery
-- dates and a copy of the beneficiary columns those figures read. Statement-level triggers keep
-- it in the writing statement's transaction, for every write path (commands, imports, COPY, the
-- demo loader, merges moving deliveries, erasure cutting a birth date to its month).

-- CreateTable
CREATE TABLE "beneficiary_reach_rollup" (
    "beneficiary_id" UUID NOT NULL,
    "deliveries" INTEGER NOT NULL,
    "first_delivered_on" DATE NOT NULL,
    "last_delivered_on" DATE NOT NULL,
    "record_key" DOUBLE PRECISION NOT NULL,
    "sex" TEXT NOT NULL,
    "population_group" TEXT NOT NULL,
    "area_pcode" VARCHAR(16),
    "birth_date" DATE,
    "consent_purposes_withdrawn" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "disability_seeing" TEXT,
    "disability_hearing" TEXT,
    "disability_walking" TEXT,
    "disability_cognition" TEXT,
    "disability_self_care" TEXT,
    "disability_communication" TEXT,

    CONSTRAINT "beneficiary_reach_rollup_pkey" PRIMARY KEY ("beneficiary_id")
);



-- Deliveries added: counted per person and added, creating the rows of people reached for the
-- first time with their beneficiary columns. The people are read FOR SHARE: a concurrent update
-- of a person is then either waited for (and its new columns copied here) or waits for this
-- statement's transaction (and its copy trigger then sees the new row).
CREATE FUNCTION "beneficiary_reach_rollup_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO beneficiary_reach_rollup AS r (
    beneficiary_id, deliveries, first_delivered_on, last_delivered_on, record_key, sex, population_group,
    area_pcode, birth_date, consent_purposes_withdrawn, disability_seeing, disability_hearing,
    disability_walking, disability_cognition, disability_self_care, disability_communication)
  SELECT b.id, added.deliveries, added.first_on, added.last_on, b.record_key, b.sex, b.population_group,
         b.area_pcode, b.birth_date, b.consent_purposes_withdrawn, b.disability_seeing, b.disability_hearing,
         b.disability_walking, b.disability_cognition, b.disability_self_care, b.disability_communication
  FROM (
    SELECT beneficiary_id, count(*)::int AS deliveries, min(delivered_on) AS first_on, max(delivered_on) AS last_on
    FROM new_rows
    GROUP BY beneficiary_id
  ) AS added
  JOIN beneficiary b ON b.id = added.beneficiary_id
  FOR SHARE OF b
  ON CONFLICT (beneficiary_id) DO UPDATE SET
    deliveries = r.deliveries + EXCLUDED.deliveries,
    first_delivered_on = LEAST(r.first_delivered_on, EXCLUDED.first_delivered_on),
    last_delivered_on = GREATEST(r.last_delivered_on, EXCLUDED.last_delivered_on);
  RETURN NULL;
END $$;

-- Deliveries removed, or moved to another person or date: the people concerned are counted
-- again from service_delivery (a first or last date cannot be subtracted). An update that
-- changes neither the person nor the date (notes, a project set to NULL) touches nobody. The
-- people concerned are locked FOR UPDATE first, in id order: a concurrent insert of a delivery
-- for one of them (its foreign-key check takes FOR KEY SHARE) then commits before the recount
-- reads, or waits until this transaction ends and adds to the recounted row, so no count is lost.
CREATE FUNCTION "beneficiary_reach_rollup_recount"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT beneficiary_id) INTO touched FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT person) INTO touched
    FROM old_rows o
    JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.beneficiary_id), (n.beneficiary_id)) AS people(person)
    WHERE o.beneficiary_id IS DISTINCT FROM n.beneficiary_id OR o.delivered_on IS DISTINCT FROM n.delivered_on;
  END IF;
  IF touched IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM beneficiary WHERE id = ANY(touched) ORDER BY id FOR UPDATE;
  DELETE FROM beneficiary_reach_rollup r
  USING unnest(touched) AS t(id)
  WHERE r.beneficiary_id = t.id
    AND NOT EXISTS (SELECT 1 FROM service_delivery sd WHERE sd.beneficiary_id = t.id);
  INSERT INTO beneficiary_reach_rollup AS r (
    beneficiary_id, deliveries, first_delivered_on, last_delivered_on, record_key, sex, population_group,
    area_pcode, birth_date, consent_purposes_withdrawn, disability_seeing, disability_hearing,
    disability_walking, disability_cognition, disability_self_care, disability_communication)
  SELECT b.id, counted.deliveries, counted.first_on, counted.last_on, b.record_key, b.sex, b.population_group,
         b.area_pcode, b.birth_date, b.consent_purposes_withdrawn, b.disability_seeing, b.disability_hearing,
         b.disability_walking, b.disability_cognition, b.disability_self_care, b.disability_communication
  FROM (
    SELECT sd.beneficiary_id, count(*)::int AS deliveries, min(sd.delivered_on) AS first_on, max(sd.delivered_on) AS last_on
    FROM unnest(touched) AS t(id)
    JOIN service_delivery sd ON sd.beneficiary_id = t.id
    GROUP BY sd.beneficiary_id
  ) AS counted
  JOIN beneficiary b ON b.id = counted.beneficiary_id
  ON CONFLICT (beneficiary_id) DO UPDATE SET
    deliveries = EXCLUDED.deliveries,
    first_delivered_on = EXCLUDED.first_delivered_on,
    last_delivered_on = EXCLUDED.last_delivered_on;
  RETURN NULL;
END $$;

-- TRUNCATE service_delivery empties the rollup too.
CREATE FUNCTION "beneficiary_reach_rollup_empty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM beneficiary_reach_rollup;
  RETURN NULL;
END $$;

-- A person's columns changed (a correction, an erasure cutting the birth date to its month, a
-- consent withdrawn): their copies follow. Rows whose copied columns did not change are left.
CREATE FUNCTION "beneficiary_reach_rollup_copy"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE beneficiary_reach_rollup r SET
    record_key = n.record_key, sex = n.sex, population_group = n.population_group, area_pcode = n.area_pcode,
    birth_date = n.birth_date, consent_purposes_withdrawn = n.consent_purposes_withdrawn,
    disability_seeing = n.disability_seeing, disability_hearing = n.disability_hearing,
    disability_walking = n.disability_walking, disability_cognition = n.disability_cognition,
    disability_self_care = n.disability_self_care, disability_communication = n.disability_communication
  FROM new_rows n
  JOIN old_rows o ON o.id = n.id
  WHERE r.beneficiary_id = n.id
    AND (o.record_key, o.sex, o.population_group, o.area_pcode, o.birth_date, o.consent_purposes_withdrawn,
         o.disability_seeing, o.disability_hearing, o.disability_walking, o.disability_cognition,
         o.disability_self_care, o.disability_communication)
    IS DISTINCT FROM
        (n.record_key, n.sex, n.population_group, n.area_pcode, n.birth_date, n.consent_purposes_withdrawn,
         n.disability_seeing, n.disability_hearing, n.disability_walking, n.disability_cognition,
         n.disability_self_care, n.disability_communication);
  RETURN NULL;
END $$;

CREATE TRIGGER "beneficiary_reach_rollup_on_insert" AFTER INSERT ON "service_delivery"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION beneficiary_reach_rollup_add();
CREATE TRIGGER "beneficiary_reach_rollup_on_update" AFTER UPDATE ON "service_delivery"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION beneficiary_reach_rollup_recount();
CREATE TRIGGER "beneficiary_reach_rollup_on_delete" AFTER DELETE ON "service_delivery"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION beneficiary_reach_rollup_recount();
CREATE TRIGGER "beneficiary_reach_rollup_on_truncate" AFTER TRUNCATE ON "service_delivery"
  FOR EACH STATEMENT EXECUTE FUNCTION beneficiary_reach_rollup_empty();
CREATE TRIGGER "beneficiary_reach_rollup_on_person_update" AFTER UPDATE ON "beneficiary"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION beneficiary_reach_rollup_copy();

-- Backfill from the deliveries and people already recorded.
INSERT INTO beneficiary_reach_rollup (
  beneficiary_id, deliveries, first_delivered_on, last_delivered_on, record_key, sex, population_group,
  area_pcode, birth_date, consent_purposes_withdrawn, disability_seeing, disability_hearing,
  disability_walking, disability_cognition, disability_self_care, disability_communication)
SELECT b.id, counted.deliveries, counted.first_on, counted.last_on, b.record_key, b.sex, b.population_group,
       b.area_pcode, b.birth_date, b.consent_purposes_withdrawn, b.disability_seeing, b.disability_hearing,
       b.disability_walking, b.disability_cognition, b.disability_self_care, b.disability_communication
FROM (
  SELECT beneficiary_id, count(*)::int AS deliveries, min(delivered_on) AS first_on, max(delivered_on) AS last_on
  FROM service_delivery
  GROUP BY beneficiary_id
) AS counted
JOIN beneficiary b ON b.id = counted.beneficiary_id;
