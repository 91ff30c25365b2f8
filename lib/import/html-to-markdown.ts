import type { Nodes as HtmlNode, Root as HtmlRoot } from "hast";
import type { Nodes as MarkdownNode, Root as MarkdownRoot, RootContent } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import rehypeSanitize, { type Options as SanitizeSchema } from "rehype-sanitize";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

const LINK_PROTOCOLS = ["http", "https", "mailto"];

/**
 * What imported text may keep: paragraphs, line breaks, links, emphasis, lists, quotes, code and headings.
 * Any other element is unwrapped to its text; the elements in `strip` hold code or markup rather than
 * prose, so their content goes too. No attribute but a link's href survives, so no on* handler does.
 */
const SCHEMA: SanitizeSchema = {
  tagNames: ["p", "br", "a", "em", "i", "strong", "b", "ul", "ol", "li", "blockquote", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"],
  attributes: { a: ["href"] },
  protocols: { href: LINK_PROTOCOLS },
  strip: ["script", "style", "iframe", "frame", "object", "embed", "noscript", "template", "textarea", "select", "svg", "math", "title", "head"],
};

const ALLOWED_URL = /^(https?:\/\/|mailto:)/i;

/**
 * rehype-sanitize drops an unsafe href but keeps the link, and keeps relative ones, which mean nothing once the
 * text has left its page: such a link becomes its text.
 */
function unwrapUnusableLinks() {
  return (tree: MarkdownRoot) => unwrapIn(tree);
}

function unwrapIn(node: MarkdownNode): void {
  if (!("children" in node)) return;
  const kept: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    unwrapIn(child);
    if (child.type === "link" && !ALLOWED_URL.test(child.url.trim())) kept.push(...child.children);
    else kept.push(child);
  }
  (node.children as RootContent[]) = kept;
}

const toMarkdown = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, SCHEMA)
  .use(rehypeRemark)
  .use(unwrapUnusableLinks)
  .use(remarkStringify, { bullet: "-", emphasis: "_", strong: "*", rule: "-", listItemIndent: "one" });

/** HTML as a TimelineJS file holds it, as Chronicle's Markdown; anything that could run is dropped. */
export function htmlToMarkdown(html: string): string {
  if (!html.trim()) return "";
  return String(toMarkdown.processSync(html)).trim();
}

const parseHtml = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize, SCHEMA);

const BREAKS = new Set(["p", "br", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6"]);

function textOf(node: HtmlNode): string {
  if (node.type === "text") return node.value;
  if (node.type !== "root" && node.type !== "element") return "";
  const inner = node.children.map(textOf).join("");
  return node.type === "element" && BREAKS.has(node.tagName) ? ` ${inner} ` : inner;
}

/** HTML (or plain text) as one line of plain text, for a title, a caption or a credit. */
export function htmlToPlainText(html: string): string {
  if (!html.trim()) return "";
  const tree = parseHtml.runSync(parseHtml.parse(html)) as HtmlRoot;
  return textOf(tree).replace(/\s+/g, " ").trim();
}
