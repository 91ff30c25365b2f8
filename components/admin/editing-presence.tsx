"use client";

import { useEffect, useState } from "react";

const HEARTBEAT_MS = 10_000;
/** Refusals that no later heartbeat will change: signed out, not an editor, the event purged. */
const FINAL_STATUSES = new Set([401, 403, 404]);

interface OtherEditor {
  name: string;
  since: string;
}

const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const NAMES = new Intl.ListFormat("en-GB", { type: "conjunction" });

/** "Ana Editor is also editing this event (since 14:02). Save often: …", or "" when no one else is. */
export function describeOtherEditors(others: OtherEditor[]): string {
  const since = (other: OtherEditor) => TIME.format(new Date(other.since));
  if (others.length === 0) return "";
  if (others.length === 1) {
    const [other] = others as [OtherEditor];
    return `${other.name} is also editing this event (since ${since(other)}). Save often: if you both change the same field, you will choose which to keep.`;
  }
  const names = NAMES.format(others.map((other) => `${other.name} (since ${since(other)})`));
  return `${names} are also editing this event. Save often: if two of you change the same field, you will choose which to keep.`;
}

function newSessionKey(): string {
  // getRandomValues, unlike randomUUID, also works on plain http:// hosts other than localhost.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function sendLeave(url: string, sessionKey: string): void {
  // A beacon outlives the page; it cannot be labelled JSON without a preflight, so the key travels in the query.
  const target = `${url}?leave=1&sessionKey=${sessionKey}`;
  if (typeof navigator.sendBeacon === "function" && navigator.sendBeacon(target)) return;
  void fetch(target, { method: "POST", keepalive: true }).catch(() => undefined);
}

/**
 * Tells the editor who else has this event's edit form open: a heartbeat every 10 s while the tab is visible, a
 * leave when the page goes away. Never a lock; it only says to save often.
 */
export function EditingPresence({ eventId }: { eventId: number }) {
  const [notice, setNotice] = useState("");

  useEffect(() => {
    const url = `/api/v1/events/${eventId}/presence`;
    const sessionKey = newSessionKey();
    let timer: ReturnType<typeof setInterval> | undefined;
    let inFlight: AbortController | null = null;
    let stopped = false;

    async function beat() {
      if (inFlight || stopped) return;
      const controller = new AbortController();
      inFlight = controller;
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ sessionKey }),
          cache: "no-store",
          signal: controller.signal,
        });
        if (response.ok) {
          const { data } = (await response.json()) as { data: { others: OtherEditor[] } };
          setNotice(describeOtherEditors(data.others));
        } else {
          setNotice("");
          if (FINAL_STATUSES.has(response.status)) stop();
        }
      } catch {
        // Offline or aborted: better say nothing than name someone who may have left.
        if (!controller.signal.aborted) setNotice("");
      } finally {
        if (inFlight === controller) inFlight = null;
      }
    }

    function start() {
      if (timer !== undefined || stopped) return;
      void beat();
      timer = setInterval(() => void beat(), HEARTBEAT_MS);
    }
    function pause() {
      clearInterval(timer);
      timer = undefined;
    }
    function stop() {
      stopped = true;
      pause();
    }
    function leave() {
      pause();
      inFlight?.abort();
      sendLeave(url, sessionKey);
    }
    // A hidden tab goes quiet and drops out of others' notices by itself after 30 s; it says so again when seen.
    const onVisibilityChange = () => (document.visibilityState === "visible" ? start() : pause());
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted && document.visibilityState === "visible") start();
    };

    if (document.visibilityState === "visible") start();
    document.addEventListener("visibilitychange", onVisibilityChange);
    window.addEventListener("pagehide", leave);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      document.removeEventListener("visibilitychange", onVisibilityChange);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", onPageShow);
      leave();
      stopped = true;
    };
  }, [eventId]);

  // The live region is always there, empty when alone, so that screen readers announce the notice when it appears.
  // It takes no space until then; scroll anchoring keeps the form still for an editor scrolled down to it.
  return (
    <p role="status" aria-live="polite" className={notice ? "alert" : undefined} style={notice ? { fontSize: "0.95rem" } : { margin: 0 }}>
      {notice}
    </p>
  );
}
