import { describe, expect, it } from "vitest";
import { createUtf8ChunkDecoder, decodeUtf8, firstInvalidUtf8Byte, ImportFileError } from "./text-encoding";

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));

describe("firstInvalidUtf8Byte", () => {
  it.each<[string, number[], number]>([
    ["valid text", [...utf8("Kuala Lumpur – 吉隆坡 🇲🇾")], -1],
    ["a Latin-1 é", [0x63, 0x61, 0x66, 0xe9], 3],
    ["an overlong slash", [0x41, 0xc0, 0xaf], 1],
    ["an encoded surrogate", [0xed, 0xa0, 0x80], 0],
    ["a code point past U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a sequence cut off at the end", [0x41, 0xe2, 0x82], 1],
    ["a stray continuation byte", [0x80], 0],
  ])("%s", (_, input, expected) => expect(firstInvalidUtf8Byte(new Uint8Array(input))).toBe(expected));
});

describe("decodeUtf8", () => {
  it("drops a UTF-8 byte order mark", () => {
    expect(decodeUtf8(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8("Title\n")))).toEqual({ ok: true, text: "Title\n" });
  });

  it("names the byte and line of the first invalid byte", () => {
    const result = decodeUtf8(concat(utf8("Title,Date\nCaf"), new Uint8Array([0xe9]), utf8(",2025\n")));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^The file is not UTF-8 text: byte 15, on line 2, is not valid UTF-8 .*Windows-1252/) });
  });

  it("refuses UTF-16 by its byte order mark", () => {
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x54, 0x00]))).toEqual({ ok: false, message: expect.stringMatching(/^The file is UTF-16 text/) });
  });
});

describe("createUtf8ChunkDecoder", () => {
  it("joins a character split between chunks", () => {
    const whole = utf8("Côte d’Ivoire 吉隆坡");
    const decoder = createUtf8ChunkDecoder();
    let text = "";
    for (let i = 0; i < whole.length; i++) text += decoder.decode(whole.subarray(i, i + 1));
    expect(text + decoder.end()).toBe("Côte d’Ivoire 吉隆坡");
  });

  it("throws with the byte and line counted across chunks", () => {
    const decoder = createUtf8ChunkDecoder();
    decoder.decode(utf8("a,b\n1,2\n"));
    expect(() => decoder.decode(concat(utf8("x"), new Uint8Array([0xff])))).toThrow(/byte 10, on line 3/);
  });

  it("throws at the end for a character the file cuts short", () => {
    const decoder = createUtf8ChunkDecoder();
    decoder.decode(new Uint8Array([0x41, 0xe2, 0x82]));
    expect(() => decoder.end()).toThrow(ImportFileError);
  });
});
