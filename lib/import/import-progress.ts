/** The phases of an import's work once the file is read, in order (commitImport reports them; the wizard shows them). */
export const IMPORT_PHASES = ["checking", "writing", "finishing"] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/**
 * `done` rows written so far of `total`, which is null while a streamed file is still being read; `read` is then how
 * much of the file has been (0–1).
 */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number | null;
  read?: number;
}
