-- Reach by delivery-level dimensions reads a rollup of service_delivery: one row per person,
-- calendar month, service type, centre and project (the nil UUID for none), with its count of
-- deliveries. Statement-level triggers keep it in the writing statement's transaction, for every
-- write path (commands, imports, the demo loader, ON DELETE SET NULL of a project).

-- CreateTable
CREATE TABLE "service_delivery_rollup" (
    "beneficiary_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "service_type" TEXT NOT NULL,
    "centre_id" UUID NOT NULL,
    "project_key" UUID NOT NULL,
    "deliveries" INTEGER NOT NULL,

    CONSTRAINT "service_delivery_rollup_pkey" PRIMARY KEY ("beneficiary_id","month","service_type","centre_id","project_key")
);

-- CreateIndex
CREATE INDEX "service_delivery_rollup_month_idx" ON "service_delivery_rollup"("month");

-- One trigger function for inserts (new_rows), deletes (old_rows) and updates (both: a delivery
-- moves out of its old key into its new one). Removed deliveries are counted per key and
-- subtracted, then the rows that reached 0 are deleted (a second statement: a statement does not
-- see its own updates), and added ones are counted per key and added, creating missing rows.
CREATE FUNCTION "service_delivery_rollup_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE service_delivery_rollup r SET deliveries = r.deliveries - gone.deliveries
    FROM (
      SELECT beneficiary_id, date_trunc('month', delivered_on)::date AS month, service_type, centre_id,
             COALESCE(project_id, '00000000-0000-0000-0000-000000000000'::uuid) AS project_key, count(*)::int AS deliveries
      FROM old_rows
      GROUP BY 1, 2, 3, 4, 5
    ) AS gone
    WHERE r.beneficiary_id = gone.beneficiary_id AND r.month = gone.month AND r.service_type = gone.service_type
      AND r.centre_id = gone.centre_id AND r.project_key = gone.project_key;
    DELETE FROM service_delivery_rollup r
    USING (
      SELECT DISTINCT beneficiary_id, date_trunc('month', delivered_on)::date AS month, service_type, centre_id,
             COALESCE(project_id, '00000000-0000-0000-0000-000000000000'::uuid) AS project_key
      FROM old_rows
    ) AS gone
    WHERE r.deliveries <= 0 AND r.beneficiary_id = gone.beneficiary_id AND r.month = gone.month
      AND r.service_type = gone.service_type AND r.centre_id = gone.centre_id AND r.project_key = gone.project_key;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO service_delivery_rollup AS r (beneficiary_id, month, service_type, centre_id, project_key, deliveries)
    SELECT beneficiary_id, date_trunc('month', delivered_on)::date, service_type, centre_id,
           COALESCE(project_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*)::int
    FROM new_rows
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (beneficiary_id, month, service_type, centre_id, project_key)
    DO UPDATE SET deliveries = r.deliveries + EXCLUDED.deliveries;
  END IF;
  RETURN NULL;
END $$;

-- TRUNCATE service_delivery empties the rollup too.
CREATE FUNCTION "service_delivery_rollup_empty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM service_delivery_rollup;
  RETURN NULL;
END $$;

CREATE TRIGGER "service_delivery_rollup_on_insert" AFTER INSERT ON "service_delivery"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_delivery_rollup_keep();
CREATE TRIGGER "service_delivery_rollup_on_update" AFTER UPDATE ON "service_delivery"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_delivery_rollup_keep();
CREATE TRIGGER "service_delivery_rollup_on_delete" AFTER DELETE ON "service_delivery"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_delivery_rollup_keep();
CREATE TRIGGER "service_delivery_rollup_on_truncate" AFTER TRUNCATE ON "service_delivery"
  FOR EACH STATEMENT EXECUTE FUNCTION service_delivery_rollup_empty();

-- Backfill from the deliveries already recorded.
INSERT INTO service_delivery_rollup (beneficiary_id, month, service_type, centre_id, project_key, deliveries)
SELECT beneficiary_id, date_trunc('month', delivered_on)::date, service_type, centre_id,
       COALESCE(project_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*)::int
FROM service_delivery
GROUP BY 1, 2, 3, 4, 5;
