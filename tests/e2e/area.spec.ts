import { expect, type Page, test } from "@playwright/test";
import { examplePlanPages } from "./example-pages";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";

/** Opens every year's details, so axe and the 375 px check see all of it. */
async function openAll(page: Page) {
  for (const d of await page.locator("details").all()) await d.evaluate((el) => el.setAttribute("open", ""));
}

test("Rum for Liv: Akacieparken against the 2010 list, from the plan's own figures", async ({ page }) => {
  await signIn(page, demoUser("projektleder", "rum-for-liv"));
  await page.goto("/planer/rum-for-liv/omraadet");
  await expect(page.getByRole("heading", { level: 1, name: "Området i tal" })).toBeVisible();
  const history = page.getByRole("table", { name: "Akacieparken år for år" });
  const row2010 = history.getByRole("row", { name: /2010/ });
  await expect(row2010).toContainText("Ghettolisten 2010–2012");
  await expect(row2010).toContainText("3 af 3 (kræver 2)");
  await expect(row2010).toContainText("På listen (udsat boligområde)");
  await page.getByText("Kriterierne 2010 for Akacieparken").click();
  const year = page.getByRole("table", { name: /Akacieparken: kriterierne pr. 1. december 2010/ });
  await expect(year.getByRole("row", { name: /Dømte/ })).toContainText("3,42 %");
  await expect(year.getByRole("row", { name: /Dømte/ })).toContainText("> 2,7 %");
  await expect(year.getByRole("row", { name: /Dømte/ })).toContainText("+0,72 procentpoint");
  await expect(year.getByRole("row", { name: /uden for arbejde/ })).toContainText("+4,3 procentpoint");
  await expect(year.getByRole("row", { name: /Beboere/ })).toContainText("1.200");
  await page.screenshot({ path: "docs/screenshots/area-lists-rum-for-liv.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: test.info().outputPath("area-lists-rum-for-liv-375.png"), fullPage: true });
});

for (const plan of examplePlanPages())
  test(`the area page of ${plan.slug} passes axe at desktop and 375 px`, async ({ page }) => {
    await signIn(page, demoUser("projektleder", plan.slug));
    const response = await page.goto(`/planer/${plan.slug}/omraadet`);
    expect(response?.status()).toBe(200);
    await openAll(page);
    await checkPage(page, `/planer/${plan.slug}/omraadet`);
    await page.setViewportSize({ width: 375, height: 800 });
    await checkPage(page, `/planer/${plan.slug}/omraadet (375 px)`);
  });
