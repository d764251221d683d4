-- Columns for two fields @crc/domain declared without a store: the partner organisation that
-- delivered a service (ServiceDelivery.providerOrganisationId) and a referral's follow-up date
-- (Referral.followUpOn). Generated with prisma migrate diff --from-migrations --to-schema --script.

-- AlterTable
ALTER TABLE "referral" ADD COLUMN     "follow_up_on" DATE;

-- AlterTable
ALTER TABLE "service_delivery" ADD COLUMN     "provider_organisation_id" UUID;

-- CreateIndex
CREATE INDEX "service_delivery_provider_organisation_id_idx" ON "service_delivery"("provider_organisation_id");

-- AddForeignKey
ALTER TABLE "service_delivery" ADD CONSTRAINT "service_delivery_provider_organisation_id_fkey" FOREIGN KEY ("provider_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


