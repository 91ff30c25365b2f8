import { describe, expect, it } from "vitest";
import { htmlToMarkdown, htmlToPlainText } from "./html-to-markdown";

describe("htmlToMarkdown", () => {
  it("keeps paragraphs, a link, nested emphasis and lists", () => {
    const html =
      '<p>The <b>Sasana <i>Symposium</i></b> opened; <a href="https://www.bnm.gov.my/sasana">programme</a>.</p>' +
      "<p>Themes:</p><ul><li>tokenised deposits</li><li><em>CBDCs</em></li></ul><ol><li>first</li></ol>";
    expect(htmlToMarkdown(html)).toBe(
      "The **Sasana _Symposium_** opened; [programme](https://www.bnm.gov.my/sasana).\n\nThemes:\n\n- tokenised deposits\n- _CBDCs_\n\n1. first",
    );
  });

  it("drops a script and a style with their content", () => {
    const markdown = htmlToMarkdown("<p>Before</p><script>alert('x')</script><style>p { color: red }</style><p>After</p>");
    expect(markdown).toBe("Before\n\nAfter");
  });

  it("drops an image's onerror handler with the image, and an iframe with its content", () => {
    const markdown = htmlToMarkdown('<p>Photo <img src="x" onerror="alert(1)"> <iframe src="https://evil.example">inside</iframe>caption</p>');
    expect(markdown).toBe("Photo caption");
    expect(markdown).not.toMatch(/onerror|alert|iframe|inside/);
  });

  it("drops on* attributes from elements it keeps", () => {
    expect(htmlToMarkdown('<p onmouseover="steal()">Hover <a href="https://a.example" onclick="steal()">here</a></p>')).toBe("Hover [here](https://a.example)");
  });

  it("turns javascript:, data: and relative links into their text, keeping http, https and mailto", () => {
    const html =
      '<a href="javascript:alert(1)">one</a> <a href=" JAVASCRIPT:alert(1)">two</a> <a href="data:text/html,x">three</a> ' +
      '<a href="/relative">four</a> <a href="mailto:desk@example.org">desk</a> <a href="http://example.org">site</a>';
    expect(htmlToMarkdown(html)).toBe("one two three four [desk](mailto:desk@example.org) [site](http://example.org)");
  });

  it("escapes text that would otherwise read as Markdown or HTML", () => {
    expect(htmlToMarkdown("5 * 3 &lt;script&gt;")).toBe("5 \\* 3 \\<script>");
  });

  it("returns empty text for empty input", () => {
    expect(htmlToMarkdown("  ")).toBe("");
  });
});

describe("htmlToPlainText", () => {
  it("gives the text of a headline on one line, entities decoded and scripts dropped", () => {
    expect(htmlToPlainText("<b>AT&amp;T</b> and\n<i>Ant Group</i><script>x()</script>")).toBe("AT&T and Ant Group");
  });

  it("separates block elements by a space", () => {
    expect(htmlToPlainText("<p>One</p><p>Two</p>")).toBe("One Two");
  });
});
