-- Beneficiary.motherName (personal data, @crc/domain BENEFICIARY_FIELDS): with the three-part name, how
-- Iraqi civil status records identify a person. Generated with prisma migrate diff --from-migrations --to-schema --script.

-- AlterTable
ALTER TABLE "beneficiary" ADD COLUMN     "mother_name" TEXT;


