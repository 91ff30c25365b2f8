-- AlterTable
ALTER TABLE "events" ADD COLUMN "time_zone" TEXT;

