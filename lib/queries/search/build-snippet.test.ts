import { describe, expect, it } from "vitest";
import { buildSnippet, toPlainText } from "./build-snippet";
import { parseSearchQuery } from "./parse-search-query";

const render = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");

describe("buildSnippet", () => {
  it("marks every matched word, whatever its case and accents", () => {
    const snippet = buildSnippet("Meeting at the Élysée Palace; the ELYSEE said so.", parseSearchQuery("elysee"));
    expect(render(snippet!.parts)).toBe("Meeting at the [Élysée] Palace; the [ELYSEE] said so.");
    expect(snippet!.termCount).toBe(1);
  });

  it("marks prefix matches of the last word only", () => {
    const snippet = buildSnippet("Tokenised deposits and tokens; a visitor visits.", parseSearchQuery("visit tok"));
    expect(render(snippet!.parts)).toBe("[Tokenised] deposits and [tokens]; a visitor visits.");
  });

  it("returns null when nothing matches", () => {
    expect(buildSnippet("Nothing here", parseSearchQuery("dungun"))).toBeNull();
  });

  it("cuts a long text around the first match, at spaces, with ellipses", () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    words[40] = "Invalides";
    const snippet = buildSnippet(words.join(" "), parseSearchQuery("invalides"));
    const text = render(snippet!.parts);
    expect(text.startsWith("…word")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text).toContain("[Invalides]");
    expect(text.length).toBeLessThan(200);
    expect(text).not.toMatch(/…\S*ord\d+ $/);
  });

  it("keeps markup as text: nothing in an event can become HTML", () => {
    const snippet = buildSnippet("<script>alert(1)</script> visit", parseSearchQuery("visit"));
    expect(snippet!.parts.map((p) => p.text).join("")).toBe("<script>alert(1)</script> visit");
  });
});

describe("toPlainText", () => {
  it("drops list bullets, emphasis and link targets and joins lines", () => {
    expect(toPlainText("- Official welcome at the **Hôtel des Invalides**.\n- See [the report](https://x.test/a_b).")).toBe(
      "Official welcome at the Hôtel des Invalides. See the report.",
    );
  });
});
