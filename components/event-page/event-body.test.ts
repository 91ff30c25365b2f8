import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EventBody } from "./event-body";

const render = (markdown: string) => renderToStaticMarkup(createElement(EventBody, { markdown }));

describe("EventBody", () => {
  it("renders Markdown lists and emphasis", () => {
    const html = render("Agenda:\n\n- trade\n- *energy*");
    expect(html).toContain("<li>trade</li>");
    expect(html).toContain("<em>energy</em>");
  });

  it("drops raw HTML instead of rendering it", () => {
    const html = render('Hello <script>alert(1)</script><img src=x onerror="alert(2)"> world');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("onerror");
  });

  it("gives external links noopener noreferrer and removes javascript: links", () => {
    const html = render("[report](https://example.org/r) and [trap](javascript:alert(1))");
    expect(html).toContain('href="https://example.org/r" rel="noopener noreferrer"');
    expect(html).not.toContain("javascript:");
  });

  it("keeps the body's headings below the page's own h1 and h2", () => {
    const html = render("# Background\n\n## Details");
    expect(html).not.toMatch(/<h[12]/);
    expect(html).toContain("<h3>Background</h3>");
  });

  it("renders nothing for an empty body", () => {
    expect(render("  \n")).toBe("");
  });
});
