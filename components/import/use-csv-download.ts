"use client";

import { useEffect, useState } from "react";

/**
 * A blob: address for CSV text, for a download link, released when the text changes or the component goes. Made in
 * an effect (not during render) because an object URL is a resource the browser holds until it is revoked.
 */
export function useCsvDownload(csv: string | null): string | null {
  const [download, setDownload] = useState<{ csv: string; href: string } | null>(null);
  useEffect(() => {
    if (csv === null) return;
    const href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address exists only once the effect made it
    setDownload({ csv, href });
    return () => URL.revokeObjectURL(href);
  }, [csv]);
  return download && download.csv === csv ? download.href : null;
}
