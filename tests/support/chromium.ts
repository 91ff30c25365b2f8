/** The Chromium that end-to-end tests and the benchmark drive: scripts/ensure-chromium.sh's choice, else Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** As root the sandbox must be off; without the networking flags Chromium fights the closed network. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
