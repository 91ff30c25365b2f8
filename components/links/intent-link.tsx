"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type IntentLinkProps = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A link that prefetches its page when the reader reaches for it (pointer over it, keyboard focus, a touch), not
 * when it scrolls into view: for surfaces with many event links, the timeline's items and list and the events
 * table. Viewport prefetching fetched one page per visible event (about a hundred on a dense timeline, more with
 * each pan), each a server render and a payload parsed on the main thread, which made the odd frame late while
 * dragging. Next.js's hover-triggered prefetch pattern (docs: guides/prefetching).
 */
export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: IntentLinkProps) {
  const router = useRouter();
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      // Not while a button is held: the pointer crosses items when the reader drags the timeline.
      onMouseEnter={(event) => { if (event.buttons === 0) router.prefetch(href); onMouseEnter?.(event); }}
      onFocus={(event) => { router.prefetch(href); onFocus?.(event); }}
      onTouchStart={(event) => { router.prefetch(href); onTouchStart?.(event); }}
    />
  );
}
