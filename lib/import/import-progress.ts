/** The phases of an import's work once the file is read, in order (commitImport reports them; the wizard shows them). */
export const IMPORT_PHASES = ["checking", "writing", "finishing"] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** `done` of `total` rows through `phase`. */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}
