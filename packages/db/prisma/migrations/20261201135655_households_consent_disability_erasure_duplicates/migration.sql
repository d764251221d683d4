-- AlterTable
ALTER TABLE "beneficiary" ADD COLUMN     "consent_purposes_withdrawn" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "disability_asked_on" DATE,
ADD COLUMN     "disability_cognition" TEXT,
ADD COLUMN     "disability_communication" TEXT,
ADD COLUMN     "disability_hearing" TEXT,
ADD COLUMN     "disability_seeing" TEXT,
ADD COLUMN     "disability_self_care" TEXT,
ADD COLUMN     "disability_walking" TEXT,
ADD COLUMN     "erased_at" TIMESTAMPTZ(3),
ADD COLUMN     "merged_into_id" UUID;

-- CreateTable
CREATE TABLE "household" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "registration_centre_id" UUID NOT NULL,
    "head_beneficiary_id" UUID NOT NULL,
    "size" INTEGER NOT NULL,
    "area_pcode" VARCHAR(16) NOT NULL,
    "population_group" TEXT NOT NULL,
    "registered_on" DATE NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "record_key" DOUBLE PRECISION NOT NULL DEFAULT (floor((random() * ('4294967296'::bigint)::double precision)) / ('4294967296'::bigint)::double precision),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household_member" (
    "household_id" UUID NOT NULL,
    "beneficiary_id" UUID NOT NULL,
    "relationship_to_head" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "household_member_pkey" PRIMARY KEY ("household_id","beneficiary_id")
);

-- CreateTable
CREATE TABLE "duplicate_pair" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "beneficiary_a_id" UUID NOT NULL,
    "beneficiary_b_id" UUID NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" TEXT[],
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "kept_beneficiary_id" UUID,
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decision_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "duplicate_pair_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "household_head_beneficiary_id_key" ON "household"("head_beneficiary_id");

-- CreateIndex
CREATE INDEX "household_registration_centre_id_idx" ON "household"("registration_centre_id");

-- CreateIndex
CREATE INDEX "household_area_pcode_idx" ON "household"("area_pcode");

-- CreateIndex
CREATE INDEX "household_population_group_idx" ON "household"("population_group");

-- CreateIndex
CREATE UNIQUE INDEX "household_member_beneficiary_id_key" ON "household_member"("beneficiary_id");

-- CreateIndex
CREATE INDEX "duplicate_pair_beneficiary_b_id_idx" ON "duplicate_pair"("beneficiary_b_id");

-- CreateIndex
CREATE INDEX "duplicate_pair_status_created_at_idx" ON "duplicate_pair"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "duplicate_pair_beneficiary_a_id_beneficiary_b_id_key" ON "duplicate_pair"("beneficiary_a_id", "beneficiary_b_id");

-- AddForeignKey
ALTER TABLE "beneficiary" ADD CONSTRAINT "beneficiary_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_registration_centre_id_fkey" FOREIGN KEY ("registration_centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_area_pcode_fkey" FOREIGN KEY ("area_pcode") REFERENCES "admin_area"("pcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_head_beneficiary_id_fkey" FOREIGN KEY ("head_beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_beneficiary_a_id_fkey" FOREIGN KEY ("beneficiary_a_id") REFERENCES "beneficiary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_beneficiary_b_id_fkey" FOREIGN KEY ("beneficiary_b_id") REFERENCES "beneficiary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_kept_beneficiary_id_fkey" FOREIGN KEY ("kept_beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE SET NULL ON UPDATE CASCADE;


