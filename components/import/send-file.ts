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
}

export class SendFailure extends Error {
  constructor(readonly reason: "network" | "aborted") {
    super(reason === "network" ? "Chronicle could not be reached; check the connection and try again." : "The upload was cancelled.");
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
    // Upload listeners must be in place before send(), or the browser never reports progress.
    request.upload.addEventListener("progress", (event) => handlers.onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size }));
    request.upload.addEventListener("load", () => handlers.onSent());
    request.addEventListener("load", () => resolve({ status: request.status, body: parseBody(request.responseText) }));
    request.addEventListener("error", () => reject(new SendFailure("network")));
    request.addEventListener("abort", () => reject(new SendFailure("aborted")));
    signal.addEventListener("abort", () => request.abort(), { once: true });
    request.send(file);
  });
}
