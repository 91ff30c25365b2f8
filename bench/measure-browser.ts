import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";
import { percentile } from "./timing";

export interface BrowserMeasurement {
  /** ms from navigation start until the timeline is interactive (see INTERACTIVE_DEFINITION): the median of the loads after the first. */
  interactiveMs: number;
  /** The first load after the server started: cold caches, and the start-up work (the event matrix) still running beside it. */
  firstInteractiveMs: number;
  /** Every load, in order. */
  interactiveLoads: number[];
  panSeconds: number;
  /** How long the scripted drag really took: on a loaded machine each step takes longer than 1/60 s. */
  panMeasuredMs: number;
  frames: number;
  frameP50: number;
  frameP95: number;
  /** Percentage of frames longer than 16.7 ms and 33.4 ms (one and two refreshes at 60 Hz). */
  over16: number;
  over33: number;
  /** Percentage of frames that missed at least one refresh (> 25 ms: 1.5 periods, so vsync jitter does not count). */
  dropped: number;
  timelineRequests: number;
  /** Any request the page made while the drag ran (prefetches too): their paths. */
  requestsDuringPan: string[];
  /** Chromium's long-animation-frame entries during the drag over 25 ms: what ran in them, to tell why a frame was late. */
  lateFrames: LateFrame[];
}

export interface LateFrame {
  /** ms after the drag began. */
  at: number;
  duration: number;
  /** The scripts that ran in the frame, longest first: "invoker (source) ms". */
  scripts: string[];
  /** Style and layout time in the frame. */
  styleAndLayout: number;
}

export const INTERACTIVE_DEFINITION =
  "performance.now() at the first animation frame in which the timeline surface (role=group, name “Timeline, …”) is visible, holds at least one event, is not aria-busy, and React has hydrated it (its event handlers are attached)";

// Page scripts are strings: tsx compiles functions with helpers (__name) that do not exist in the page.
const INTERACTIVE_CHECK = `(() => {
  const surface = document.querySelector('[role="group"][aria-label^="Timeline,"]');
  if (!surface || surface.getAttribute("aria-busy") === "true") return false;
  const box = surface.getBoundingClientRect();
  const hydrated = Object.keys(surface).some((key) => key.startsWith("__reactProps$"));
  const hasEvent = surface.querySelector("[aria-label]") !== null;
  return box.width > 0 && box.height > 0 && hydrated && hasEvent ? performance.now() : false;
})()`;
const START_FRAME_RECORDING = `(() => {
  window.benchFrames = [];
  window.benchStop = false;
  window.benchLateFrames = [];
  const began = performance.now();
  window.benchObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime < began || entry.duration <= 25) continue;
      const scripts = [...(entry.scripts || [])].sort((a, b) => b.duration - a.duration).slice(0, 5)
        .map((s) => (s.invoker || s.invokerType) + " (" + (s.sourceFunctionName || "") + " " + String(s.sourceURL || "").split("/").pop() + ") " + Math.round(s.duration) + " ms");
      const styleAndLayout = entry.styleAndLayoutStart ? Math.round(entry.startTime + entry.duration - entry.styleAndLayoutStart) : 0;
      window.benchLateFrames.push({ at: Math.round(entry.startTime - began), duration: Math.round(entry.duration), scripts, styleAndLayout });
    }
  });
  try { window.benchObserver.observe({ type: "long-animation-frame", buffered: false }); } catch {}
  let last = performance.now();
  const tick = (now) => {
    window.benchFrames.push(now - last);
    last = now;
    if (!window.benchStop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAME_RECORDING = `(async () => {
  window.benchStop = true;
  // Entries are delivered after their frame: give the last ones a frame to arrive.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  window.benchObserver.disconnect();
  return { frames: window.benchFrames.slice(1), lateFrames: window.benchLateFrames };
})()`;

/**
 * Opens the timeline in headless Chromium `loads` times, each in a fresh page, and waits until it is interactive; then
 * drags the last one for `panSeconds` while recording frame times. One load is one sample of a noisy figure (the first
 * varied by ±40% between runs of the same build), so the figure is the median of the loads after the first.
 */
export async function measureBrowser(origin: string, panSeconds = 2, loads = 7): Promise<BrowserMeasurement> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const interactiveLoads: number[] = [];
    for (let i = 1; i < loads; i++) {
      const earlier = await openTimeline();
      interactiveLoads.push(earlier.interactiveMs);
      await earlier.page.close();
    }
    const { page, interactiveMs: lastLoad, counters } = await openTimeline();
    interactiveLoads.push(lastLoad);
    const warm = interactiveLoads.slice(1).sort((a, b) => a - b);
    const interactiveMs = warm.length ? Math.round(percentile(warm, 50)) : lastLoad;

    const surface = page.locator('[role="group"][aria-label^="Timeline,"]').first();
    const box = (await surface.boundingBox())!;
    await page.evaluate(START_FRAME_RECORDING);
    counters.panning = true;
    // A slow drag to the right and back, in small steps: the way a reader scrubs through time.
    const y = box.y + Math.min(box.height / 2, 120);
    const centreX = box.x + box.width * 0.6;
    await page.mouse.move(centreX, y);
    await page.mouse.down();
    const steps = Math.round(panSeconds * 60);
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(centreX + Math.sin((i / steps) * Math.PI * 2) * box.width * 0.3, y);
      await page.waitForTimeout(1000 / 60);
    }
    await page.mouse.up();
    const { frames, lateFrames } = (await page.evaluate(STOP_FRAME_RECORDING)) as { frames: number[]; lateFrames: LateFrame[] };
    counters.panning = false;
    const sorted = [...frames].sort((a, b) => a - b);
    const share = (limit: number) => Math.round((frames.filter((f) => f > limit).length / Math.max(frames.length, 1)) * 1000) / 10;
    return {
      interactiveMs,
      firstInteractiveMs: interactiveLoads[0] ?? lastLoad,
      interactiveLoads,
      panSeconds,
      panMeasuredMs: Math.round(frames.reduce((sum, f) => sum + f, 0)),
      frames: frames.length,
      frameP50: Math.round(percentile(sorted, 50) * 10) / 10,
      frameP95: Math.round(percentile(sorted, 95) * 10) / 10,
      over16: share(16.7),
      over33: share(33.4),
      dropped: share(25),
      timelineRequests: counters.timelineRequests,
      requestsDuringPan: counters.requestsDuringPan,
      lateFrames,
    };
  } finally {
    await browser.close();
  }

  async function openTimeline() {
    // The page's content security policy forbids eval, which waitForFunction's string check needs; the bench's own
    // probes are exempt, the page's scripts are not.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const counters = { timelineRequests: 0, panning: false, requestsDuringPan: [] as string[] };
    page.on("request", (request) => {
      if (request.url().includes("/api/v1/timeline")) counters.timelineRequests++;
      if (counters.panning) counters.requestsDuringPan.push(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}/`, { waitUntil: "commit", timeout: 120_000 });
    const interactive = await page.waitForFunction(INTERACTIVE_CHECK, undefined, { timeout: 60_000, polling: "raf" });
    return { page, counters, interactiveMs: Math.round((await interactive.jsonValue()) as number) };
  }
}
