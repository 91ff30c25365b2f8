export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

const SAVE_AS_UTF8 = "Save it as UTF-8 (in Excel: “CSV UTF-8”) and upload it again.";

/** Where a file is not UTF-8, by the byte that says so (a UTF-16 byte order mark), or null. */
function otherEncoding(bytes: Uint8Array): string | null {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    return `The file is UTF-16 text, which Chronicle does not read. ${SAVE_AS_UTF8}`;
  }
  return null;
}

/** How many bytes a sequence starting with `lead` has; 0 when `lead` cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The range the byte after `lead` must fall in: narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** The offset of the first byte that is not valid UTF-8 (a sequence cut off at the end counts), or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (byte === undefined || byte < low || byte > high) return i;
    }
    i += length;
  }
  return -1;
}

function countLines(bytes: Uint8Array, end: number): number {
  let lines = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) lines++;
  return lines;
}

function invalidMessage(byteOffset: number, line: number): string {
  return (
    `The file is not UTF-8 text: byte ${byteOffset + 1}, on line ${line}, is not valid UTF-8 ` +
    `(the file was probably saved as Windows-1252 or Latin-1). ${SAVE_AS_UTF8}`
  );
}

/** The whole file as text, without a UTF-8 byte order mark; refused with the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const other = otherEncoding(bytes);
  if (other) return { ok: false, message: other };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8Byte(bytes));
    return { ok: false, message: invalidMessage(offset, countLines(bytes, offset)) };
  }
}

export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}

/** Where the last, possibly incomplete, sequence of `bytes` starts: bytes.length when it is complete. */
function completePrefixLength(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const byte = bytes[i]!;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) return i + sequenceLength(byte) > bytes.length ? i : bytes.length;
  }
  return bytes.length;
}

/**
 * Decodes a file chunk by chunk, holding back a sequence split between chunks, and throws an ImportFileError that
 * names the byte and line of the first invalid one. The byte order mark is dropped.
 */
export function createUtf8ChunkDecoder(): { decode(chunk: Uint8Array): string; end(): string } {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let carry = new Uint8Array(0);
  let bytesBefore = 0;
  let linesBefore = 0;

  return {
    decode(chunk) {
      const bytes = new Uint8Array(carry.length + chunk.length);
      bytes.set(carry);
      bytes.set(chunk, carry.length);
      if (bytesBefore === 0 && bytes.length >= 2) {
        const other = otherEncoding(bytes);
        if (other) throw new ImportFileError(other);
      }
      const cut = completePrefixLength(bytes);
      const ready = bytes.subarray(0, cut);
      let text: string;
      try {
        text = decoder.decode(ready, { stream: true });
      } catch {
        const offset = Math.max(0, firstInvalidUtf8Byte(ready));
        throw new ImportFileError(invalidMessage(bytesBefore + offset, linesBefore + countLines(ready, offset)));
      }
      bytesBefore += ready.length;
      linesBefore += countLines(ready, ready.length) - 1;
      carry = bytes.slice(cut);
      return text;
    },
    end() {
      // What is held back is always a sequence its last chunk cut short.
      if (carry.length > 0) throw new ImportFileError(invalidMessage(bytesBefore, linesBefore + 1));
      return decoder.decode();
    },
  };
}
