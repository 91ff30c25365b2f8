"use client";

import { useEffect, useRef, useState } from "react";
import { uploadLimitFor } from "@/lib/import/import-limits";
import { errorsToCsv } from "@/lib/import/errors-csv";
import { IMPORT_PHASES, type ImportProgress } from "@/lib/import/import-progress";
import { ConfirmImport } from "./confirm-import";
import { CsvMappingPanel } from "./csv-mapping-panel";
import { FileChooser } from "./file-chooser";
import { importUrl, readData, readFailure, type CellError, type ColumnMapping, type ImportChoices, type ImportCommitResult, type ImportPreview } from "./import-api";
import { ImportErrors } from "./import-errors";
import { ImportFormatsHelp } from "./import-formats-help";
import { ImportResult } from "./import-result";
import { LikelyDuplicates } from "./likely-duplicates";
import { PreviewRowsTable } from "./preview-rows-table";
import { describePreview, PreviewSummary } from "./preview-summary";
import { sendFile, SendFailure } from "./send-file";
import { TimelineExtras } from "./timeline-extras";
import { TimeZoneChoice } from "./time-zone-choice";
import { describeActivity, UploadProgress, type Activity } from "./upload-progress";
import styles from "./import.module.css";

const NO_CHOICES: ImportChoices = { mapping: null, timeZone: "" };

const isImportProgress = (value: unknown): value is ImportProgress =>
  typeof value === "object" && value !== null && IMPORT_PHASES.includes((value as ImportProgress).phase) && typeof (value as ImportProgress).done === "number" && (typeof (value as ImportProgress).total === "number" || (value as ImportProgress).total === null);

/** A refused import: the message, and every problem by row and column when the server listed them. */
interface Refusal {
  errors: CellError[];
  csv: string;
}

type SendOutcome = { status: number; body: unknown } | { failure: string } | null;

/**
 * The import, step by step: choose a file, see every row as it will be stored and every problem, adjust the column
 * mapping or the time zone (each re-reads the file on the server, which keeps nothing between requests), confirm,
 * then see what was written with the way back. Nothing is written before the confirmation.
 */
export function ImportWizard() {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** What the shown preview was read with: the import sends the same. */
  const [choices, setChoices] = useState<ImportChoices>(NO_CHOICES);
  const [edited, setEdited] = useState({ mapping: false, timeZone: false });
  const [activity, setActivity] = useState<Activity | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  /** Sends the file, showing the upload's progress (and an import's, as the server reports it); null when cancelled. */
  const send = async (url: string, chosen: File, purpose: Activity["purpose"]): Promise<SendOutcome> => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setActivity({ step: "uploading", purpose, fileName: chosen.name, loaded: 0, total: chosen.size });
    try {
      return await sendFile(
        url,
        chosen,
        {
          onProgress: ({ loaded, total }) => setActivity({ step: "uploading", purpose, fileName: chosen.name, loaded, total }),
          onSent: () => setActivity({ step: "reading", purpose, fileName: chosen.name }),
          ...(purpose === "import" && {
            onServerProgress: (progress: unknown) => isImportProgress(progress) && setActivity({ step: "importing", purpose, fileName: chosen.name, progress }),
          }),
        },
        controller.signal,
      );
    } catch (error) {
      if (error instanceof SendFailure && error.reason === "aborted") return null;
      return { failure: error instanceof Error ? error.message : "The upload failed." };
    } finally {
      if (inFlight.current === controller) {
        inFlight.current = null;
        setActivity(null);
      }
    }
  };

  /** `applying` is what the new preview settles: the form it came from now matches it. */
  const readPreview = async (chosen: File, next: ImportChoices, applying: keyof typeof edited | "all") => {
    setProblem(null);
    setRefusal(null);
    const response = await send(importUrl("/api/v1/imports/preview", chosen.name, next), chosen, "preview");
    if (!response) return;
    if ("failure" in response) return setProblem(response.failure);
    const data = response.status === 200 ? readData<ImportPreview>(response.body) : null;
    if (!data) return setProblem(`The file could not be read: ${readFailure(response.status, response.body).message}`);
    setPreview(data);
    setChoices(next);
    setEdited((current) => (applying === "all" ? { mapping: false, timeZone: false } : { ...current, [applying]: false }));
  };

  const choose = (chosen: File) => {
    setFile(chosen);
    setPreview(null);
    setResult(null);
    setRefusal(null);
    setChoices(NO_CHOICES);
    setEdited({ mapping: false, timeZone: false });
    const limit = uploadLimitFor(chosen.name);
    if (chosen.size > limit.maxBytes) {
      inFlight.current?.abort();
      setProblem(limit.message);
      return;
    }
    void readPreview(chosen, NO_CHOICES, "all");
  };

  const confirm = async () => {
    if (!file || !preview) return;
    setProblem(null);
    setRefusal(null);
    const response = await send(importUrl("/api/v1/imports", file.name, choices), file, "import");
    if (!response) return;
    // The file may have reached the server before the connection failed, and the import gone through.
    if ("failure" in response) return setProblem(`${response.failure} The import may or may not have gone through: check Imports before importing the file again.`);
    const data = response.status === 201 ? readData<ImportCommitResult>(response.body) : null;
    if (data) {
      setResult(data);
      return;
    }
    const failure = readFailure(response.status, response.body);
    if (!failure.errors?.length) return setProblem(`Nothing was imported: ${failure.message}`);
    setProblem(failure.message);
    setRefusal({ errors: failure.errors, csv: errorsToCsv(failure.errors) });
  };

  const busy = activity !== null;
  // While the import itself is in flight nothing may send the file again: that would abort the request, not the import.
  const importing = activity?.purpose === "import";
  const unapplied = edited.mapping ? "column mapping" : edited.timeZone ? "time zone" : null;
  const status = activity ? describeActivity(activity) : result ? `Imported “${file?.name}”.` : preview ? describePreview(preview) : "";

  return (
    <div className={styles.wizard}>
      <FileChooser disabled={importing} onChoose={choose} />
      <p role="status" className={`muted ${styles.status}`}>
        {status}
      </p>
      {activity && <UploadProgress activity={activity} onCancel={() => inFlight.current?.abort()} />}
      {problem && (
        <p role="alert" className="alert alert-error">
          {problem}
        </p>
      )}
      {!file && <ImportFormatsHelp />}
      {result && file && <ImportResult result={result} fileName={file.name} />}
      {refusal && file && <ImportErrors heading="Why nothing was imported" advice="Fix them in the file and choose it again." errors={refusal.errors.slice(0, 1000)} total={refusal.errors.length} csv={refusal.csv} fileName={file.name} />}
      {preview && !result && (
        <PreviewSteps
          preview={preview}
          choices={choices}
          busy={busy}
          importing={importing}
          unapplied={unapplied}
          onMapping={(mapping) => file && void readPreview(file, { ...choices, mapping }, "mapping")}
          onTimeZone={(timeZone) => file && void readPreview(file, { ...choices, timeZone }, "timeZone")}
          onEdited={(what, value) => setEdited((current) => ({ ...current, [what]: value }))}
          onConfirm={() => void confirm()}
        />
      )}
    </div>
  );
}

function errorAdvice(preview: ImportPreview): string {
  const fix = "Fix them in the file and choose it again; nothing is imported while there are any.";
  return preview.needsTimeZone ? `Times without a zone are fixed by naming their zone above. ${fix}` : fix;
}

interface PreviewStepsProps {
  preview: ImportPreview;
  choices: ImportChoices;
  busy: boolean;
  importing: boolean;
  unapplied: string | null;
  onMapping: (mapping: ColumnMapping) => void;
  onTimeZone: (timeZone: string) => void;
  onEdited: (what: "mapping" | "timeZone", edited: boolean) => void;
  onConfirm: () => void;
}

/** The preview and what the editor can change about it, then the confirmation. */
function PreviewSteps({ preview, choices, busy, importing, unapplied, onMapping, onTimeZone, onEdited, onConfirm }: PreviewStepsProps) {
  return (
    <section aria-labelledby="import-preview" aria-busy={busy} className={styles.wizard}>
      <div className={styles.panel}>
        <h2 id="import-preview">Preview of “{preview.fileName}”</h2>
        <PreviewSummary preview={preview} />
      </div>
      {preview.headers && preview.mapping && (
        <CsvMappingPanel
          headers={preview.headers}
          mapping={preview.mapping}
          problems={preview.mappingProblems}
          disabled={importing}
          onApply={onMapping}
          onEditedChange={(edited) => onEdited("mapping", edited)}
        />
      )}
      {/* Chronicle JSON names the zone of every time it gives. */}
      {(preview.format !== "chronicle-json" || preview.needsTimeZone) && (
        <TimeZoneChoice timeZone={choices.timeZone} needed={preview.needsTimeZone} disabled={importing} onApply={onTimeZone} onEditedChange={(edited) => onEdited("timeZone", edited)} />
      )}
      <ConfirmImport preview={preview} unapplied={unapplied} busy={busy} onConfirm={onConfirm} />
      {preview.errorCount > 0 && <ImportErrors heading="Errors" advice={errorAdvice(preview)} errors={preview.errors} total={preview.errorCount} csv={preview.errorsCsv} fileName={preview.fileName} />}
      <LikelyDuplicates duplicates={preview.duplicates} />
      <TimelineExtras title={preview.title} eras={preview.eras} />
      <section aria-labelledby="import-rows">
        <h2 id="import-rows">Events</h2>
        <PreviewRowsTable preview={preview} />
      </section>
    </section>
  );
}
