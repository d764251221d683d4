-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "fields" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "beneficiary" ADD COLUMN     "consent_given_on" DATE,
ADD COLUMN     "consent_purposes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "consent_recorded_how" TEXT,
ADD COLUMN     "consent_withdrawn_on" DATE,
ADD COLUMN     "date_of_birth_estimated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "grandfather_name" TEXT;
