-- AlterTable
ALTER TABLE "beneficiary" ADD COLUMN     "illustrative" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "centre" ADD COLUMN     "illustrative" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "engagement_event" ADD COLUMN     "illustrative" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "illustrative" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "project" ADD COLUMN     "illustrative" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "referral" ADD COLUMN     "illustrative" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "service_delivery" ADD COLUMN     "illustrative" BOOLEAN NOT NULL DEFAULT false;
