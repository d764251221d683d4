-- CreateTable
CREATE TABLE "registration_import" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "centre_id" UUID NOT NULL,
    "source_kind" TEXT NOT NULL,
    "source_name" TEXT NOT NULL,
    "file_hash" VARCHAR(64),
    "actor" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "households_created" INTEGER NOT NULL DEFAULT 0,
    "households_unchanged" INTEGER NOT NULL DEFAULT 0,
    "households_rejected" INTEGER NOT NULL DEFAULT 0,
    "people_created" INTEGER NOT NULL DEFAULT 0,
    "deliveries_created" INTEGER NOT NULL DEFAULT 0,
    "duplicates_queued" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "registration_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registration_source" (
    "centre_id" UUID NOT NULL,
    "source_key" TEXT NOT NULL,
    "import_id" UUID NOT NULL,
    "household_id" UUID,
    "beneficiary_ids" UUID[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registration_source_pkey" PRIMARY KEY ("centre_id","source_key")
);

-- CreateIndex
CREATE INDEX "registration_import_centre_id_started_at_idx" ON "registration_import"("centre_id", "started_at");

-- CreateIndex
CREATE INDEX "registration_source_import_id_idx" ON "registration_source"("import_id");

-- AddForeignKey
ALTER TABLE "registration_import" ADD CONSTRAINT "registration_import_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_source" ADD CONSTRAINT "registration_source_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_source" ADD CONSTRAINT "registration_source_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "registration_import"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
