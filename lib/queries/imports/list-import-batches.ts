import { db } from "@/lib/db/client";

export interface ImportBatchSummary {
  id: number;
  fileName: string;
  format: string;
  by: string | null;
  createdAt: string;
  created: number;
  updated: number;
  undoneAt: string | null;
  undoneBy: string | null;
}

const SELECT = {
  id: true, fileName: true, format: true, createdAt: true, createdCount: true, updatedCount: true, undoneAt: true,
  author: { select: { name: true } }, undoneBy: { select: { name: true } },
} as const;

type Row = { id: number; fileName: string; format: string; createdAt: Date; createdCount: number; updatedCount: number; undoneAt: Date | null; author: { name: string } | null; undoneBy: { name: string } | null };

const toSummary = (row: Row): ImportBatchSummary => ({
  id: row.id, fileName: row.fileName, format: row.format, by: row.author?.name ?? null, createdAt: row.createdAt.toISOString(),
  created: row.createdCount, updated: row.updatedCount, undoneAt: row.undoneAt?.toISOString() ?? null, undoneBy: row.undoneBy?.name ?? null,
});

/** The latest imports, newest first. */
export async function listImportBatches(limit = 50): Promise<ImportBatchSummary[]> {
  return (await db.importBatch.findMany({ orderBy: { id: "desc" }, take: limit, select: SELECT })).map(toSummary);
}

export async function getImportBatch(id: number): Promise<(ImportBatchSummary & { details: unknown }) | null> {
  const row = await db.importBatch.findUnique({ where: { id }, select: { ...SELECT, details: true } });
  return row ? { ...toSummary(row), details: row.details ? JSON.parse(row.details) : null } : null;
}

/** A page of the events an import last wrote, by id (the import_batch_id index). */
export async function listBatchEvents(batchId: number, afterId = 0, limit = 100) {
  return db.event.findMany({
    where: { importBatchId: batchId, id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, slug: true, title: true, status: true, externalId: true, deletedAt: true, dateLabel: true, startValue: true, startPrecision: true, endValue: true, endPrecision: true, approximate: true, timeZone: true, earliest: true, latest: true },
  });
}
