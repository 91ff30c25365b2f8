"use client";

import { useEffect, useRef, type RefObject } from "react";
import { panWindow, zoomWindow, type TimelineWindow } from "@/lib/timeline/window-math";

type Update = (change: (window: TimelineWindow) => TimelineWindow) => void;

const DRAG_THRESHOLD = 4;

/**
 * Wheel and pinch zoom around the pointer, drag to pan. The click that ends a drag is swallowed, so
 * it does not open the event under the pointer.
 */
export function useTimelineGestures(surfaceRef: RefObject<HTMLElement | null>, axisRef: RefObject<HTMLElement | null>, update: Update) {
  const dragged = useRef(false);
  const updateRef = useRef(update);
  useEffect(() => {
    updateRef.current = update;
  }, [update]);

  useEffect(() => {
    const element = surfaceRef.current;
    const axis = axisRef.current;
    if (!element || !axis) return;
    const pointers = new Map<number, number>();
    let travelled = 0;
    // Positions are measured against the time axis: the lane headings to its left are not time.
    const rect = () => axis.getBoundingClientRect();
    const fraction = (clientX: number) => {
      const box = rect();
      return Math.min(Math.max((clientX - box.left) / box.width, 0), 1);
    };
    const spread = () => {
      const [a, b] = [...pointers.values()];
      return a !== undefined && b !== undefined ? Math.abs(a - b) : 0;
    };
    const centre = () => [...pointers.values()].reduce((sum, x) => sum + x, 0) / pointers.size;

    const onWheel = (event: WheelEvent) => {
      // Over the lane headings the wheel scrolls the page as usual.
      if (event.clientX < rect().left) return;
      event.preventDefault();
      const width = rect().width;
      const pixels = (delta: number) => (event.deltaMode === 1 ? delta * 16 : event.deltaMode === 2 ? delta * width : delta);
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        updateRef.current((w) => panWindow(w, pixels(event.deltaX) / width));
      } else {
        const anchor = fraction(event.clientX);
        updateRef.current((w) => zoomWindow(w, Math.exp(pixels(event.deltaY) * 0.0015), anchor));
      }
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === "mouse" && event.button !== 0) return;
      pointers.set(event.pointerId, event.clientX);
      if (pointers.size === 1) {
        travelled = 0;
        dragged.current = false;
      }
    };
    const onPointerMove = (event: PointerEvent) => {
      const previous = pointers.get(event.pointerId);
      if (previous === undefined) return;
      const beforeSpread = spread();
      const beforeCentre = centre();
      pointers.set(event.pointerId, event.clientX);
      travelled += Math.abs(event.clientX - previous);
      if (travelled < DRAG_THRESHOLD) return;
      if (!dragged.current) {
        dragged.current = true;
        // Capture only once it is a drag, so that a plain click still reaches the link under it.
        element.setPointerCapture(event.pointerId);
      }
      const width = rect().width;
      const shift = (centre() - beforeCentre) / width;
      if (pointers.size >= 2 && beforeSpread > 0 && spread() > 0) {
        const factor = beforeSpread / spread();
        const anchor = fraction(centre());
        updateRef.current((w) => zoomWindow(panWindow(w, -shift), factor, anchor));
      } else {
        updateRef.current((w) => panWindow(w, -shift));
      }
    };
    const onPointerEnd = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
    };
    const onClickCapture = (event: MouseEvent) => {
      if (!dragged.current) return;
      event.preventDefault();
      event.stopPropagation();
      dragged.current = false;
    };

    element.addEventListener("wheel", onWheel, { passive: false });
    element.addEventListener("pointerdown", onPointerDown);
    element.addEventListener("pointermove", onPointerMove);
    element.addEventListener("pointerup", onPointerEnd);
    element.addEventListener("pointercancel", onPointerEnd);
    element.addEventListener("click", onClickCapture, true);
    return () => {
      element.removeEventListener("wheel", onWheel);
      element.removeEventListener("pointerdown", onPointerDown);
      element.removeEventListener("pointermove", onPointerMove);
      element.removeEventListener("pointerup", onPointerEnd);
      element.removeEventListener("pointercancel", onPointerEnd);
      element.removeEventListener("click", onClickCapture, true);
    };
  }, [surfaceRef, axisRef]);
}
