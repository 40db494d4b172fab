import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { examplePlanPages } from "./example-pages";
import { demoUser, signIn } from "./sign-in";

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function checkPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator("h1")).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(axe.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("the sign-in page passes axe, and the portfolio reader's start page lists every example plan", async ({
  page,
}) => {
  await page.goto("/logind");
  const axe = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(axe.violations.map((v) => `/logind: ${v.id} ${v.help}`)).toEqual([]);
  await signIn(page, "portefoelje@demo.helhed.dk");
  await checkPage(page, "/");
  for (const plan of examplePlanPages()) await expect(page.getByRole("link", { name: plan.title })).toBeVisible();
});

for (const plan of examplePlanPages()) {
  test(`every page of ${plan.slug} opens, passes axe and fits 375 px`, async ({ page }) => {
    test.setTimeout(20_000 + plan.pages.length * 6_000);
    await signIn(page, demoUser("projektleder", plan.slug));
    for (const path of plan.pages) await checkPage(page, path);
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of plan.pages) {
      await page.goto(path);
      expect(await horizontalOverflow(page), `${path} at 375 px`).toBeLessThanOrEqual(0);
    }
    await page.goto(plan.pages[0]);
    await page.screenshot({ path: test.info().outputPath(`${plan.slug}-375.png`), fullPage: true });
  });
}

test("an unknown plan or activity is a clear 404 page", async ({ page }) => {
  const [plan] = examplePlanPages();
  await signIn(page, demoUser("projektleder", plan.slug));
  for (const path of ["/planer/findes-ikke", `/planer/${plan.slug}/aktiviteter/findes-ikke`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
  }
});
