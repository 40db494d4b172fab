// Takes full-page screenshots of pages in the system Chromium, for looking at the UI:
//   npx tsx scripts/screenshot.ts http://localhost:3000/planer/rum-for-liv out.png [--width 375] [--as EMAIL]
// With --as, it signs in first with the demo password (app/.server/demo/demo-accounts.ts);
// --clip Y:H keeps H pixels from Y down (a long page in parts).
import { chromium } from "@playwright/test";
import { launchOptions } from "../tests/e2e/chromium";
import { demoPassword } from "../tests/e2e/sign-in";

const [url, out, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : undefined;
};
const width = Number(option("--width") ?? 1280);
const as = option("--as");
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width, height: 900 } });
if (as) {
  await page.goto(new URL("/logind", url).toString());
  await page.getByLabel("E-mail").fill(as);
  await page.getByLabel("Adgangskode").fill(demoPassword);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("button", { name: "Log ud" }).waitFor();
}
await page.goto(url);
const clip = option("--clip")?.split(":").map(Number);
await page.screenshot({
  path: out,
  fullPage: true,
  ...(clip ? { clip: { x: 0, y: clip[0], width, height: clip[1] } } : {}),
});
const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
console.log(`${out}: ${width}px wide, horizontal overflow ${overflow}px`);
await browser.close();
