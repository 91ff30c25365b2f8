"use client";

import { useEffect, useRef } from "react";

/** A popover list must not stay open over the page: closes the <details> on a click elsewhere or on Escape. */
export function useDismissableDetails() {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = detailsRef.current;
    if (!details) return;
    const close = (event: Event) => {
      if (!details.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.open = false;
        details.querySelector("summary")?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener("pointerdown", close);
    details.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      details.removeEventListener("keydown", close);
    };
  }, []);
  return detailsRef;
}
