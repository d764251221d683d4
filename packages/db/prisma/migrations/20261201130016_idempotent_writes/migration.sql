-- Idempotency keys (issue 10): the first answer to a write sent with an Idempotency-Key header,
-- per API key, key and operation, so a retried write returns it instead of writing twice.
-- CreateTable
CREATE TABLE "idempotent_write" (
    "api_key_id" UUID NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL,
    "operation" VARCHAR(300) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "response" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "idempotent_write_pkey" PRIMARY KEY ("api_key_id","idempotency_key","operation")
);

-- CreateIndex
CREATE INDEX "idempotent_write_expires_at_idx" ON "idempotent_write"("expires_at");

-- AddForeignKey
ALTER TABLE "idempotent_write" ADD CONSTRAINT "idempotent_write_api_key_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_key"("id") ON DELETE CASCADE ON UPDATE CASCADE;
