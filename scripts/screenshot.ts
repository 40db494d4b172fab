// Takes full-page screenshots of pages in the system Chromium, for looking at the UI:
//   npx tsx scripts/screenshot.ts http://localhost:3000/planer/rum-for-liv out.png [--width 375]
import { chromium } from "@playwright/test";
import { launchOptions } from "../tests/e2e/chromium";

const [url, out, ...rest] = process.argv.slice(2);
const width = rest[0] === "--width" ? Number(rest[1]) : 1280;
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width, height: 900 } });
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
console.log(`${out}: ${width}px wide, horizontal overflow ${overflow}px`);
await browser.close();
