-- AlterEnum
ALTER TYPE "admin_level" ADD VALUE 'country';

-- DropIndex
DROP INDEX "displacement_figure_natural_key";

-- AlterTable
ALTER TABLE "displacement_figure" ADD COLUMN     "displacement_reason" VARCHAR(100) NOT NULL DEFAULT '',
ADD COLUMN     "females" INTEGER,
ADD COLUMN     "males" INTEGER,
ADD COLUMN     "origin" VARCHAR(16) NOT NULL DEFAULT '',
ADD COLUMN     "shelter_type" VARCHAR(100) NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "published_displacement_figure" (
    "key" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "area_pcodes" VARCHAR(16)[],
    "population_group" TEXT NOT NULL,
    "individuals" INTEGER NOT NULL,
    "period_start" DATE,
    "reporting_date" DATE NOT NULL,
    "source_ref" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "published_displacement_figure_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "published_displacement_figure_reporting_date_idx" ON "published_displacement_figure"("reporting_date");

-- CreateIndex
CREATE INDEX "displacement_figure_origin_idx" ON "displacement_figure"("origin");

-- CreateIndex
CREATE UNIQUE INDEX "displacement_figure_natural_key" ON "displacement_figure"("source", "area_pcode", "location_key", "round", "reporting_date", "population_group", "origin", "displacement_reason", "shelter_type");


