-- AlterTable
ALTER TABLE "event_revisions" ADD COLUMN "reason" TEXT;

