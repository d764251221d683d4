-- AlterTable
ALTER TABLE "api_key" ADD COLUMN     "capabilities" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "feedback_entry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "channel" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "sensitivity" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "received_on" DATE NOT NULL,
    "response_due_on" DATE NOT NULL,
    "responded_on" DATE,
    "closed_on" DATE,
    "area_pcode" VARCHAR(16),
    "centre_id" UUID,
    "project_id" UUID,
    "programme_id" UUID,
    "beneficiary_id" UUID,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "consent_to_reply" BOOLEAN NOT NULL DEFAULT false,
    "contact_name" TEXT,
    "contact_phone" TEXT,
    "contact_email" TEXT,
    "referred_to_organisation_id" UUID,
    "referred_to_person" TEXT,
    "satisfaction" TEXT,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "record_key" DOUBLE PRECISION NOT NULL DEFAULT (floor((random() * ('4294967296'::bigint)::double precision)) / ('4294967296'::bigint)::double precision),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feedback_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_status_change" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "feedback_entry_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT NOT NULL,
    "changed_on" DATE NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed_by" TEXT NOT NULL,
    "note" TEXT,
    "to_organisation_id" UUID,
    "to_person" TEXT,
    "response" TEXT,
    "satisfaction" TEXT,

    CONSTRAINT "feedback_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "programme_id" UUID,
    "projects_evaluated" INTEGER NOT NULL,
    "methods" TEXT[],
    "started_on" DATE NOT NULL,
    "ended_on" DATE NOT NULL,
    "area_pcode" VARCHAR(16),
    "respondents_female" INTEGER,
    "respondents_male" INTEGER,
    "targeted_individuals" INTEGER,
    "beneficiary_share_female_percent" DECIMAL(5,2),
    "beneficiary_share_male_percent" DECIMAL(5,2),
    "source" TEXT NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_project" (
    "evaluation_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,

    CONSTRAINT "evaluation_project_pkey" PRIMARY KEY ("evaluation_id","project_id")
);

-- CreateTable
CREATE TABLE "evaluation_finding" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "evaluation_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "aspect" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "comparator" TEXT NOT NULL,
    "change" DECIMAL(12,2) NOT NULL,
    "unit" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "evaluation_finding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "feedback_entry_centre_id_received_on_idx" ON "feedback_entry"("centre_id", "received_on");

-- CreateIndex
CREATE INDEX "feedback_entry_project_id_idx" ON "feedback_entry"("project_id");

-- CreateIndex
CREATE INDEX "feedback_entry_programme_id_idx" ON "feedback_entry"("programme_id");

-- CreateIndex
CREATE INDEX "feedback_entry_area_pcode_idx" ON "feedback_entry"("area_pcode");

-- CreateIndex
CREATE INDEX "feedback_entry_sensitivity_idx" ON "feedback_entry"("sensitivity");

-- CreateIndex
CREATE INDEX "feedback_entry_category_idx" ON "feedback_entry"("category");

-- CreateIndex
CREATE INDEX "feedback_entry_status_response_due_on_idx" ON "feedback_entry"("status", "response_due_on");

-- CreateIndex
CREATE INDEX "feedback_entry_received_on_idx" ON "feedback_entry"("received_on");

-- CreateIndex
CREATE INDEX "feedback_entry_referred_to_organisation_id_idx" ON "feedback_entry"("referred_to_organisation_id");

-- CreateIndex
CREATE INDEX "feedback_status_change_feedback_entry_id_changed_at_idx" ON "feedback_status_change"("feedback_entry_id", "changed_at");

-- CreateIndex
CREATE INDEX "feedback_status_change_to_organisation_id_idx" ON "feedback_status_change"("to_organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_code_key" ON "evaluation"("code");

-- CreateIndex
CREATE INDEX "evaluation_programme_id_idx" ON "evaluation"("programme_id");

-- CreateIndex
CREATE INDEX "evaluation_started_on_idx" ON "evaluation"("started_on");

-- CreateIndex
CREATE INDEX "evaluation_project_project_id_idx" ON "evaluation_project"("project_id");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_finding_evaluation_id_position_key" ON "evaluation_finding"("evaluation_id", "position");

-- AddForeignKey
ALTER TABLE "feedback_entry" ADD CONSTRAINT "feedback_entry_area_pcode_fkey" FOREIGN KEY ("area_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_entry" ADD CONSTRAINT "feedback_entry_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_entry" ADD CONSTRAINT "feedback_entry_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_entry" ADD CONSTRAINT "feedback_entry_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_entry" ADD CONSTRAINT "feedback_entry_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_entry" ADD CONSTRAINT "feedback_entry_referred_to_organisation_id_fkey" FOREIGN KEY ("referred_to_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_status_change" ADD CONSTRAINT "feedback_status_change_feedback_entry_id_fkey" FOREIGN KEY ("feedback_entry_id") REFERENCES "feedback_entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_status_change" ADD CONSTRAINT "feedback_status_change_to_organisation_id_fkey" FOREIGN KEY ("to_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_area_pcode_fkey" FOREIGN KEY ("area_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_project" ADD CONSTRAINT "evaluation_project_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_project" ADD CONSTRAINT "evaluation_project_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_finding" ADD CONSTRAINT "evaluation_finding_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


