-- Record keys of the cell-key method (@crc/metrics): one per person, uniform on [0, 1) on the
-- 2^-32 grid, drawn by the database at INSERT so every write path (commands, importers, raw SQL)
-- gets one. A volatile DEFAULT is evaluated row by row when the column is added, so existing
-- people are backfilled with keys of their own.
-- AlterTable
ALTER TABLE "beneficiary" ADD COLUMN     "record_key" DOUBLE PRECISION NOT NULL DEFAULT (floor((random() * (4294967296)::double precision)) / (4294967296)::double precision);
