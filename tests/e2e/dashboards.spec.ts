import { expect, test } from "@playwright/test";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";

const slug = "rum-for-liv";
const base = `/planer/${slug}/maalopfyldelse`;

test("the målopfyldelse dashboards, the drill-down, follow-up and reports work at desktop width and at 375 px, axe clean", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, demoUser("admin", slug));

  // The plan overview for 2013: every criterion with its status, grouped by focus area.
  await page.goto(`${base}?periode=2013`);
  await expect(page.getByRole("heading", { name: "Målopfyldelse", level: 1 })).toBeVisible();
  await expect(page.locator(".attainment-table tbody tr").first()).toBeVisible();
  const rows = await page.locator(".attainment-table tbody tr").count();
  const counted = await page.locator(".attainment-counts td").allInnerTexts();
  expect(counted.map(Number).reduce((a, b) => a + b, 0)).toBe(rows);
  await checkPage(page, "målopfyldelse");

  // The period switcher is a form: choosing the whole plan shows it in the address.
  await page.locator("#felt-periode").selectOption("plan");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/periode=plan/);

  // A focus area and an activity.
  await page.locator("section h2 a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Målopfyldelse:");
  await checkPage(page, "indsatsområde");
  await page.locator("section h2 a").first().click();
  await expect(page.getByRole("heading", { name: "Seneste arrangementer" })).toBeVisible();
  await checkPage(page, "aktivitet");

  // Drill-down: the rule in one sentence and what was counted.
  await page.locator(".attainment-table a").first().click();
  await expect(page.getByText("Det tælles sådan")).toBeVisible();
  await checkPage(page, "kriterium");

  // Follow-up and reports.
  await page.goto(`/planer/${slug}/opfoelgning`);
  await checkPage(page, "opfølgning");
  await page.goto(`/planer/${slug}/rapporter?kind=status&periode=2013&audience=external&format=pdf&vis=1`);
  await expect(page.getByRole("heading", { name: "Statusnotat til styregruppen" })).toBeVisible();
  await checkPage(page, "rapporter");
});

test("a steering-group reader sees the figures and the rule, never the persons behind them", async ({ page }) => {
  await signIn(page, demoUser("styregruppe", slug));
  await page.goto(`${base}/foraeldre-laering-familier?periode=2013`);
  await expect(page.getByText("Det tælles sådan")).toBeVisible();
  await expect(page.getByText("Du kan se tallene, men ikke de enkelte registreringer.")).toBeVisible();
  await expect(page.locator(".participant-codes")).toHaveCount(0);
});

test("a kept dashboard (the same bytes again, scripts allowed by their hashes) runs in the browser with no CSP refusal", async ({
  page,
}) => {
  await signIn(page, demoUser("admin", slug));
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  const renders: string[] = [];
  for (let i = 0; i < 3; i++) {
    const answer = await page.goto(`${base}?periode=2013`);
    renders.push((await answer?.allHeaders())?.["server-timing"] ?? "");
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    expect(await page.evaluate(() => document.querySelectorAll("script:not([src])").length)).toBeGreaterThan(0);
  }
  expect(renders.at(-1)).toContain('render;desc="kept"');
  expect(refused).toEqual([]);
  // Hydrated: the period switcher navigates in the page.
  await page.locator("#felt-periode").selectOption("plan");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/periode=plan/);
  expect(refused).toEqual([]);
});
