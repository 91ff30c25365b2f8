-- AlterTable
ALTER TABLE "event_revisions" ADD COLUMN     "batch_id" INTEGER;

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "external_id" TEXT,
ADD COLUMN     "import_batch_id" INTEGER;

-- CreateTable
CREATE TABLE "import_batches" (
    "id" SERIAL NOT NULL,
    "file_name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "author_id" TEXT,
    "created_count" INTEGER NOT NULL,
    "updated_count" INTEGER NOT NULL,
    "details" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMP(3),
    "undone_by_id" TEXT,

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_mappings" (
    "id" SERIAL NOT NULL,
    "owner_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mapping" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "import_mappings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_batches_created_at_idx" ON "import_batches"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "import_mappings_owner_id_name_key" ON "import_mappings"("owner_id", "name");

-- CreateIndex
CREATE INDEX "event_revisions_batch_id_idx" ON "event_revisions"("batch_id");

-- CreateIndex
CREATE UNIQUE INDEX "events_external_id_key" ON "events"("external_id");

-- CreateIndex
CREATE INDEX "events_import_batch_id_idx" ON "events"("import_batch_id");

-- CreateIndex
CREATE INDEX "sources_url_idx" ON "sources"("url");

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_undone_by_id_fkey" FOREIGN KEY ("undone_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

