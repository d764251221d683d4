-- CreateEnum
CREATE TYPE "admin_level" AS ENUM ('governorate', 'district', 'subdistrict');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('PUBLIC', 'PARTNER', 'CENTRE_STAFF', 'ADMIN');

-- CreateTable
CREATE TABLE "admin_area" (
    "pcode" VARCHAR(16) NOT NULL,
    "level" "admin_level" NOT NULL,
    "parent_pcode" VARCHAR(16),
    "iso_code" VARCHAR(8),
    "name_en" TEXT NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_ckb" TEXT,
    "ckb_unreviewed" BOOLEAN NOT NULL DEFAULT false,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "admin_area_pkey" PRIMARY KEY ("pcode")
);

-- CreateTable
CREATE TABLE "vocabulary_term" (
    "vocabulary" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "extra" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "vocabulary_term_pkey" PRIMARY KEY ("vocabulary","code")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "type" TEXT NOT NULL,
    "iati_ref" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "centre" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_ar" TEXT,
    "name_ckb" TEXT,
    "kind" TEXT NOT NULL,
    "area_pcode" VARCHAR(16) NOT NULL,
    "address" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "opening_days" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "opens_at" VARCHAR(5),
    "closes_at" VARCHAR(5),
    "opened_on" DATE,
    "closed_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "centre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "centre_partner" (
    "centre_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "since" DATE,
    "until" DATE,

    CONSTRAINT "centre_partner_pkey" PRIMARY KEY ("centre_id","organisation_id","role")
);

-- CreateTable
CREATE TABLE "centre_service" (
    "centre_id" UUID NOT NULL,
    "service_type" TEXT NOT NULL,
    "notes" TEXT,

    CONSTRAINT "centre_service_pkey" PRIMARY KEY ("centre_id","service_type")
);

-- CreateTable
CREATE TABLE "programme" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "lead_organisation_id" UUID,
    "start_date" DATE,
    "end_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "programme_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "type" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "area_pcode" VARCHAR(16),
    "implementing_organisation_id" UUID,
    "start_date" DATE,
    "end_date" DATE,
    "target_individuals" INTEGER,
    "target_households" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_donor" (
    "project_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,

    CONSTRAINT "project_donor_pkey" PRIMARY KEY ("project_id","organisation_id")
);

-- CreateTable
CREATE TABLE "funding" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "programme_id" UUID,
    "project_id" UUID,
    "donor_organisation_id" UUID NOT NULL,
    "recipient_organisation_id" UUID,
    "amount" DECIMAL(18,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "transaction_type" TEXT NOT NULL,
    "transaction_date" DATE NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "funding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "beneficiary" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "registration_centre_id" UUID NOT NULL,
    "area_pcode" VARCHAR(16),
    "given_name" TEXT NOT NULL,
    "father_name" TEXT,
    "family_name" TEXT,
    "name_key" TEXT NOT NULL,
    "birth_date" DATE,
    "sex" TEXT NOT NULL,
    "population_group" TEXT NOT NULL,
    "household_size" INTEGER,
    "phone" TEXT,
    "registered_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "beneficiary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_delivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "beneficiary_id" UUID NOT NULL,
    "centre_id" UUID NOT NULL,
    "project_id" UUID,
    "service_type" TEXT NOT NULL,
    "course" TEXT,
    "delivered_on" DATE NOT NULL,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referral" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "beneficiary_id" UUID NOT NULL,
    "from_centre_id" UUID NOT NULL,
    "to_organisation_id" UUID,
    "service_type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "referred_on" DATE NOT NULL,
    "closed_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referral_status_change" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "referral_id" UUID NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed_by" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "referral_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "engagement_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "centre_id" UUID,
    "project_id" UUID,
    "area_pcode" VARCHAR(16) NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "participants_female" INTEGER NOT NULL DEFAULT 0,
    "participants_male" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "engagement_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "unit" TEXT NOT NULL,
    "sector" TEXT,
    "programme_id" UUID,
    "project_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_target" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "indicator_id" UUID NOT NULL,
    "area_pcode" VARCHAR(16),
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "value" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "indicator_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_value" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "indicator_id" UUID NOT NULL,
    "area_pcode" VARCHAR(16),
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "value" DECIMAL(18,2) NOT NULL,
    "source" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_value_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "displacement_figure" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "area_pcode" VARCHAR(16) NOT NULL,
    "level" "admin_level" NOT NULL,
    "location_code" TEXT,
    "location_name" TEXT,
    "location_key" TEXT NOT NULL DEFAULT '',
    "round" INTEGER NOT NULL,
    "reporting_date" DATE NOT NULL,
    "population_group" TEXT NOT NULL,
    "individuals" INTEGER NOT NULL,
    "households" INTEGER,
    "source" TEXT NOT NULL,
    "source_ref" TEXT,
    "import_batch_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "displacement_figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_batch" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "source" TEXT NOT NULL,
    "file_name" TEXT,
    "file_hash" VARCHAR(64),
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "rows_inserted" INTEGER NOT NULL DEFAULT 0,
    "rows_updated" INTEGER NOT NULL DEFAULT 0,
    "rows_unchanged" INTEGER NOT NULL DEFAULT 0,
    "rows_rejected" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL,
    "report" JSONB,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "hash" VARCHAR(64) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "role" "role" NOT NULL,
    "organisation_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_key_centre" (
    "api_key_id" UUID NOT NULL,
    "centre_id" UUID NOT NULL,

    CONSTRAINT "api_key_centre_pkey" PRIMARY KEY ("api_key_id","centre_id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "admin_area_iso_code_key" ON "admin_area"("iso_code");

-- CreateIndex
CREATE INDEX "admin_area_parent_pcode_idx" ON "admin_area"("parent_pcode");

-- CreateIndex
CREATE INDEX "admin_area_level_idx" ON "admin_area"("level");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_iati_ref_key" ON "organisation"("iati_ref");

-- CreateIndex
CREATE INDEX "organisation_type_idx" ON "organisation"("type");

-- CreateIndex
CREATE UNIQUE INDEX "centre_code_key" ON "centre"("code");

-- CreateIndex
CREATE INDEX "centre_area_pcode_idx" ON "centre"("area_pcode");

-- CreateIndex
CREATE INDEX "centre_kind_idx" ON "centre"("kind");

-- CreateIndex
CREATE INDEX "centre_partner_organisation_id_idx" ON "centre_partner"("organisation_id");

-- CreateIndex
CREATE INDEX "centre_service_service_type_idx" ON "centre_service"("service_type");

-- CreateIndex
CREATE UNIQUE INDEX "programme_code_key" ON "programme"("code");

-- CreateIndex
CREATE INDEX "programme_lead_organisation_id_idx" ON "programme"("lead_organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "project_code_key" ON "project"("code");

-- CreateIndex
CREATE INDEX "project_programme_id_idx" ON "project"("programme_id");

-- CreateIndex
CREATE INDEX "project_sector_idx" ON "project"("sector");

-- CreateIndex
CREATE INDEX "project_status_idx" ON "project"("status");

-- CreateIndex
CREATE INDEX "project_area_pcode_idx" ON "project"("area_pcode");

-- CreateIndex
CREATE INDEX "project_implementing_organisation_id_idx" ON "project"("implementing_organisation_id");

-- CreateIndex
CREATE INDEX "project_start_date_end_date_idx" ON "project"("start_date", "end_date");

-- CreateIndex
CREATE INDEX "project_donor_organisation_id_idx" ON "project_donor"("organisation_id");

-- CreateIndex
CREATE INDEX "funding_programme_id_idx" ON "funding"("programme_id");

-- CreateIndex
CREATE INDEX "funding_project_id_idx" ON "funding"("project_id");

-- CreateIndex
CREATE INDEX "funding_donor_organisation_id_idx" ON "funding"("donor_organisation_id");

-- CreateIndex
CREATE INDEX "funding_recipient_organisation_id_idx" ON "funding"("recipient_organisation_id");

-- CreateIndex
CREATE INDEX "funding_transaction_date_idx" ON "funding"("transaction_date");

-- CreateIndex
CREATE INDEX "beneficiary_registration_centre_id_idx" ON "beneficiary"("registration_centre_id");

-- CreateIndex
CREATE INDEX "beneficiary_area_pcode_idx" ON "beneficiary"("area_pcode");

-- CreateIndex
CREATE INDEX "beneficiary_name_key_birth_date_idx" ON "beneficiary"("name_key", "birth_date");

-- CreateIndex
CREATE INDEX "beneficiary_population_group_idx" ON "beneficiary"("population_group");

-- CreateIndex
CREATE INDEX "beneficiary_registered_on_idx" ON "beneficiary"("registered_on");

-- CreateIndex
CREATE INDEX "service_delivery_beneficiary_id_idx" ON "service_delivery"("beneficiary_id");

-- CreateIndex
CREATE INDEX "service_delivery_centre_id_delivered_on_idx" ON "service_delivery"("centre_id", "delivered_on");

-- CreateIndex
CREATE INDEX "service_delivery_project_id_idx" ON "service_delivery"("project_id");

-- CreateIndex
CREATE INDEX "service_delivery_service_type_idx" ON "service_delivery"("service_type");

-- CreateIndex
CREATE INDEX "service_delivery_delivered_on_idx" ON "service_delivery"("delivered_on");

-- CreateIndex
CREATE INDEX "referral_beneficiary_id_idx" ON "referral"("beneficiary_id");

-- CreateIndex
CREATE INDEX "referral_from_centre_id_idx" ON "referral"("from_centre_id");

-- CreateIndex
CREATE INDEX "referral_to_organisation_id_idx" ON "referral"("to_organisation_id");

-- CreateIndex
CREATE INDEX "referral_status_idx" ON "referral"("status");

-- CreateIndex
CREATE INDEX "referral_referred_on_idx" ON "referral"("referred_on");

-- CreateIndex
CREATE INDEX "referral_status_change_referral_id_changed_at_idx" ON "referral_status_change"("referral_id", "changed_at");

-- CreateIndex
CREATE INDEX "engagement_event_centre_id_idx" ON "engagement_event"("centre_id");

-- CreateIndex
CREATE INDEX "engagement_event_project_id_idx" ON "engagement_event"("project_id");

-- CreateIndex
CREATE INDEX "engagement_event_area_pcode_idx" ON "engagement_event"("area_pcode");

-- CreateIndex
CREATE INDEX "engagement_event_type_idx" ON "engagement_event"("type");

-- CreateIndex
CREATE INDEX "engagement_event_held_on_idx" ON "engagement_event"("held_on");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_code_key" ON "indicator"("code");

-- CreateIndex
CREATE INDEX "indicator_programme_id_idx" ON "indicator"("programme_id");

-- CreateIndex
CREATE INDEX "indicator_project_id_idx" ON "indicator"("project_id");

-- CreateIndex
CREATE INDEX "indicator_sector_idx" ON "indicator"("sector");

-- CreateIndex
CREATE INDEX "indicator_target_indicator_id_period_start_idx" ON "indicator_target"("indicator_id", "period_start");

-- CreateIndex
CREATE INDEX "indicator_target_area_pcode_idx" ON "indicator_target"("area_pcode");

-- CreateIndex
CREATE INDEX "indicator_value_indicator_id_period_start_idx" ON "indicator_value"("indicator_id", "period_start");

-- CreateIndex
CREATE INDEX "indicator_value_area_pcode_idx" ON "indicator_value"("area_pcode");

-- CreateIndex
CREATE INDEX "displacement_figure_area_pcode_population_group_reporting_d_idx" ON "displacement_figure"("area_pcode", "population_group", "reporting_date");

-- CreateIndex
CREATE INDEX "displacement_figure_reporting_date_idx" ON "displacement_figure"("reporting_date");

-- CreateIndex
CREATE INDEX "displacement_figure_round_idx" ON "displacement_figure"("round");

-- CreateIndex
CREATE INDEX "displacement_figure_import_batch_id_idx" ON "displacement_figure"("import_batch_id");

-- CreateIndex
CREATE UNIQUE INDEX "displacement_figure_natural_key" ON "displacement_figure"("source", "area_pcode", "location_key", "round", "population_group");

-- CreateIndex
CREATE INDEX "import_batch_source_started_at_idx" ON "import_batch"("source", "started_at");

-- CreateIndex
CREATE INDEX "import_batch_file_hash_idx" ON "import_batch"("file_hash");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_hash_key" ON "api_key"("hash");

-- CreateIndex
CREATE INDEX "api_key_organisation_id_idx" ON "api_key"("organisation_id");

-- CreateIndex
CREATE INDEX "api_key_centre_centre_id_idx" ON "api_key_centre"("centre_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_entity_id_idx" ON "audit_log"("entity", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_actor_idx" ON "audit_log"("actor");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- AddForeignKey
ALTER TABLE "admin_area" ADD CONSTRAINT "admin_area_parent_pcode_fkey" FOREIGN KEY ("parent_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre" ADD CONSTRAINT "centre_area_pcode_fkey" FOREIGN KEY ("area_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre_partner" ADD CONSTRAINT "centre_partner_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre_partner" ADD CONSTRAINT "centre_partner_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre_service" ADD CONSTRAINT "centre_service_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme" ADD CONSTRAINT "programme_lead_organisation_id_fkey" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_area_pcode_fkey" FOREIGN KEY ("area_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_implementing_organisation_id_fkey" FOREIGN KEY ("implementing_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_donor" ADD CONSTRAINT "project_donor_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_donor" ADD CONSTRAINT "project_donor_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding" ADD CONSTRAINT "funding_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding" ADD CONSTRAINT "funding_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding" ADD CONSTRAINT "funding_donor_organisation_id_fkey" FOREIGN KEY ("donor_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding" ADD CONSTRAINT "funding_recipient_organisation_id_fkey" FOREIGN KEY ("recipient_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "beneficiary" ADD CONSTRAINT "beneficiary_registration_centre_id_fkey" FOREIGN KEY ("registration_centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "beneficiary" ADD CONSTRAINT "beneficiary_area_pcode_fkey" FOREIGN KEY ("area_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_delivery" ADD CONSTRAINT "service_delivery_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_delivery" ADD CONSTRAINT "service_delivery_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_delivery" ADD CONSTRAINT "service_delivery_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_from_centre_id_fkey" FOREIGN KEY ("from_centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_to_organisation_id_fkey" FOREIGN KEY ("to_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral_status_change" ADD CONSTRAINT "referral_status_change_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagement_event" ADD CONSTRAINT "engagement_event_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagement_event" ADD CONSTRAINT "engagement_event_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagement_event" ADD CONSTRAINT "engagement_event_area_pcode_fkey" FOREIGN KEY ("area_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_area_pcode_fkey" FOREIGN KEY ("area_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_area_pcode_fkey" FOREIGN KEY ("area_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "displacement_figure" ADD CONSTRAINT "displacement_figure_area_pcode_fkey" FOREIGN KEY ("area_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "displacement_figure" ADD CONSTRAINT "displacement_figure_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key_centre" ADD CONSTRAINT "api_key_centre_api_key_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_key"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key_centre" ADD CONSTRAINT "api_key_centre_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;
