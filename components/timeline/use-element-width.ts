"use client";

import { useEffect, useState, type RefObject } from "react";

/** Before the first measurement (and on the server) the plot assumes this width. */
export const ASSUMED_PLOT_WIDTH = 720;

/** The element's content width, kept up to date as it resizes. */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(ASSUMED_PLOT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
