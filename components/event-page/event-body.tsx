import Markdown, { type Components } from "react-markdown";
import { ExternalLink } from "./external-link";
import styles from "./event-page.module.css";

// The page owns h1 and h2; the body's own headings sit below them.
const components: Components = {
  h1: "h3",
  h2: "h3",
  h3: "h4",
  h4: "h5",
  a: ({ node: _node, ...props }) => <ExternalLink {...props} />,
};

/** The event's text as Markdown. Raw HTML is dropped, and unsafe link schemes are removed by react-markdown. */
export function EventBody({ markdown }: { markdown: string }) {
  if (!markdown.trim()) return null;
  return (
    <div className={styles.body}>
      <Markdown skipHtml components={components}>{markdown}</Markdown>
    </div>
  );
}
