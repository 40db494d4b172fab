import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./sign-in";

// A social worker in a basement taps a page the phone does not have: the app says in Danish that
// there is no connection, that nothing saved is lost, and leads back to Log (not the browser's own
// "This site can't be reached").
test("offline, a page the phone does not have says so in Danish and leads back to Log", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, demoUser("projektleder", "solhaven-demo"));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.goto("/log");
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  await expect(page.getByText(/sider? kan åbnes uden net/)).toBeVisible({ timeout: 30_000 });

  await context.setOffline(true);
  // A plan page (never kept offline) and a logbook form never opened on this phone.
  for (const path of ["/planer", "/log/solhaven-demo/ny/henvendelse?aktivitet=jobvejledning"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er ikke på nettet lige nu");
    await expect(page.getByText(/Intet af det, du har gemt på telefonen, er tabt/)).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  }
  await page.screenshot({ path: "docs/screenshots/offline-fallback-375.png", fullPage: true });
  // The way back: Log, as it was kept on the phone.
  await page.getByRole("link", { name: "Gå til Log" }).click();
  await expect(page).toHaveURL(/\/log$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Du er ikke på nettet lige nu");
  await context.setOffline(false);
});
