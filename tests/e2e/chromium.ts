import type { LaunchOptions } from "@playwright/test";

/** The system Chromium from Debian (never a downloaded browser), with flags that work offline. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const launchOptions: LaunchOptions = {
  executablePath: chromiumPath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
