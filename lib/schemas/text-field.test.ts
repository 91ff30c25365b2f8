import { describe, expect, it } from "vitest";
import { isBlankText, isUsableText, requiredTextField, textField } from "./text-field";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("isUsableText", () => {
  it("refuses an unpaired surrogate, high or low, anywhere, and NUL", () => {
    for (const text of ["\ud800", "\udc00", "a\ud800b", "ab\udbff", "\udfffab", "\ud83d\ud83d", "a\u0000b"]) expect(isUsableText(text), escape(text)).toBe(false);
  });

  it("keeps proper surrogate pairs and other control characters", () => {
    for (const text of ["", "Anwar Ibrahim", "🚀 launch", "𝒳", "tab\tand\nnewline", "\u200b"]) expect(isUsableText(text), escape(text)).toBe(true);
  });
});

describe("isBlankText", () => {
  it("counts whitespace and invisible format characters as nothing", () => {
    for (const text of ["", "   ", "\u200b", "\u200c\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e\u200f", "\u00a0\u3000", " \u200b\t"]) {
      expect(isBlankText(text), escape(text)).toBe(true);
    }
  });

  it("sees any visible character", () => {
    for (const text of ["a", "\u200ba", "·", "—", "🚀"]) expect(isBlankText(text), escape(text)).toBe(false);
  });
});

describe("textField and requiredTextField", () => {
  const title = requiredTextField("The title", 10, "Enter a title.");

  it("trims, and gives the empty message to blank or invisible-only text", () => {
    expect(title.parse("  Talks  ")).toBe("Talks");
    expect(messagesOf(title.safeParse("\u200b\u200d"))).toEqual(["Enter a title."]);
  });

  it("answers an unusable character with one message naming the field", () => {
    expect(messagesOf(textField("The summary", 10).safeParse("x\ud800"))).toEqual([
      "The summary contains a character Chronicle cannot store or search for (an unpaired UTF-16 surrogate such as \\ud800, or NUL); remove it.",
    ]);
  });

  it("counts the length after trimming", () => {
    expect(messagesOf(title.safeParse(`${" ".repeat(5)}0123456789`))).toEqual([]);
    expect(messagesOf(title.safeParse("01234567890"))).toEqual(["The title must be at most 10 characters."]);
  });
});
