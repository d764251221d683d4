-- Name search in the database, on an index, on PostgreSQL and PGlite alike (issue 10).
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may
-- create it. PGlite loads it as an extension of the instance (@crc/db createDb).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The sound key of the name (@crc/domain nameSoundKey), filled by @crc/db's client on every
-- write of name_key, and existing rows are filled by createDb after migrating (fillMissingNameSoundKeys).
-- AlterTable
ALTER TABLE "beneficiary" ADD COLUMN     "name_sound_key" TEXT;

-- CreateIndex
CREATE INDEX "beneficiary_name_key_trgm_idx" ON "beneficiary" USING GIN ("name_key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "beneficiary_name_sound_key_trgm_idx" ON "beneficiary" USING GIN ("name_sound_key" gin_trgm_ops);
