-- CreateIndex
CREATE INDEX "beneficiary_area_pcode_birth_date_idx" ON "beneficiary"("area_pcode", "birth_date");
