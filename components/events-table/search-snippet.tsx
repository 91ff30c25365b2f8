import { Fragment } from "react";
import type { SnippetPart } from "@/lib/queries/search/build-snippet";
import styles from "./events-table.module.css";

/** The matched words in context; text is rendered as text, so nothing in an event can become markup. */
export function SearchSnippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className={styles.snippet}>
      {parts.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}
    </p>
  );
}
