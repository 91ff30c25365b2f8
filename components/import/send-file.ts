import { PROGRESS_STREAM_TYPE } from "@/lib/http/progress-stream";

export interface SendProgress {
  loaded: number;
  total: number;
}

export interface SendResponse {
  status: number;
  body: unknown;
}

export interface SendHandlers {
  onProgress: (progress: SendProgress) => void;
  /** The last byte is out: the server is reading the file now. */
  onSent: () => void;
  /**
   * Asks for the server's progress as it works (lib/http/progress-stream.ts) and hears each report; the answer is
   * then the stream's last line.
   */
  onServerProgress?: (progress: unknown) => void;
}

export class SendFailure extends Error {
  constructor(readonly reason: "network" | "aborted") {
    super(reason === "network" ? "Chronicle could not be reached; check the connection and try again." : "The upload was cancelled.");
  }
}

/** Reads a progress stream as it grows: each complete line once, progress to `onProgress`, the last as the answer. */
class ProgressLines {
  private consumed = 0;
  answer: SendResponse | null = null;

  constructor(private readonly onProgress: (progress: unknown) => void) {}

  read(text: string) {
    const end = text.lastIndexOf("\n") + 1;
    if (end <= this.consumed) return;
    for (const line of text.slice(this.consumed, end).split("\n")) {
      const value = line ? parseBody(line) : null;
      if (typeof value !== "object" || value === null) continue;
      if ("progress" in value) this.onProgress(value.progress);
      else if ("status" in value && typeof value.status === "number") this.answer = { status: value.status, body: "body" in value ? value.body : null };
    }
    this.consumed = end;
  }
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * POSTs a file as the raw request body. XMLHttpRequest rather than fetch because only it reports upload progress,
 * which a 50 MB file on a slow connection needs.
 */
export function sendFile(url: string, file: File, handlers: SendHandlers, signal: AbortSignal): Promise<SendResponse> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("content-type", file.type || "application/octet-stream");
    if (handlers.onServerProgress) request.setRequestHeader("accept", `${PROGRESS_STREAM_TYPE}, application/json`);
    // Upload listeners must be in place before send(), or the browser never reports progress.
    request.upload.addEventListener("progress", (event) => handlers.onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size }));
    request.upload.addEventListener("load", () => handlers.onSent());
    const stream = new ProgressLines((progress) => handlers.onServerProgress?.(progress));
    const streamed = () => (request.getResponseHeader("content-type") ?? "").startsWith(PROGRESS_STREAM_TYPE);
    request.addEventListener("progress", () => streamed() && stream.read(request.responseText));
    request.addEventListener("load", () => {
      if (!streamed()) return resolve({ status: request.status, body: parseBody(request.responseText) });
      stream.read(request.responseText);
      resolve(stream.answer ?? { status: 0, body: null });
    });
    request.addEventListener("error", () => reject(new SendFailure("network")));
    request.addEventListener("abort", () => reject(new SendFailure("aborted")));
    signal.addEventListener("abort", () => request.abort(), { once: true });
    request.send(file);
  });
}
