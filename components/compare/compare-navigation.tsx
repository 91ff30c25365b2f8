import Link from "next/link";
import { panWindow, windowToParams, zoomWindow, type TimelineWindow } from "@/lib/timeline/window-math";
import styles from "./compare-navigation.module.css";

/** Plain links that move the shared window, and a "go to" form: the compare page is server-rendered. */
export function CompareNavigation({ baseQuery, view }: { baseQuery: string; view: TimelineWindow }) {
  const href = (window: TimelineWindow) => {
    const params = new URLSearchParams(baseQuery);
    const { start, end } = windowToParams(window);
    params.set("start", start);
    params.set("end", end);
    return `/compare?${params}`;
  };
  const base = new URLSearchParams(baseQuery);
  return (
    <nav className={styles.nav} aria-label="Move the compared window">
      <Link href={href(panWindow(view, -0.5))}>◀ Earlier</Link>
      <Link href={href(zoomWindow(view, 0.5))}>Zoom in</Link>
      <Link href={href(zoomWindow(view, 2))}>Zoom out</Link>
      <Link href={href(panWindow(view, 0.5))}>Later ▶</Link>
      <Link href={`/compare?${base}`}>Fit all</Link>
      <form action="/compare" className={styles.form}>
        {[...base.entries()].map(([key, value]) => <input key={key} type="hidden" name={key} value={value} />)}
        <label htmlFor="compare-go-to">Go to</label>
        <input id="compare-go-to" name="start" placeholder="2019-07" size={10} />
        <button type="submit">Go</button>
      </form>
    </nav>
  );
}
