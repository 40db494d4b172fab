import { expect, test } from "@playwright/test";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";

const slug = "staermosegaarden";

test("the steering group lands on the meeting view, which shows a criterion that fell behind since the last meeting, at desktop and 375 px, axe clean", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, demoUser("styregruppe", slug));
  // The landing page of a steering-group reader is the meeting view, not the plan list.
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/planer/${slug}/styregruppe$`));
  await expect(page.getByRole("heading", { name: "Til styregruppemødet", level: 1 })).toBeVisible();

  // The meeting on 10 December 2018, the last one on 10 September, criteria for 2018.
  await page.getByRole("textbox", { name: "Sidste møde" }).fill("2018-09-10");
  await page.getByRole("textbox", { name: "Dette møde" }).fill("2018-12-10");
  await page.getByRole("combobox", { name: "Periode" }).selectOption("2018");
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/siden=2018-09-10/);
  const fell = page.locator('.meeting-changes li[data-change="worse"]');
  await expect(fell.first()).toContainText("Kommet bagud");
  await expect(fell.filter({ hasText: "8 socialt isolerede beboere bliver frivillige" })).toHaveCount(1);
  await expect(fell.first().locator(".status-tag").last()).toHaveText("Bagud");
  // The criteria furthest behind, with the explanation or a note that it is missing.
  await expect(page.locator(".meeting-behind li").first()).toBeVisible();
  // Stærmosegården's plan has no budget table: the page says so.
  await expect(page.getByRole("heading", { name: "Økonomi 2018" })).toBeVisible();
  await expect(page.getByText("Planen har ingen budgetlinjer.")).toBeVisible();
  await checkPage(page, "styregruppemødet");
  await page.screenshot({ path: "docs/screenshots/014-meeting-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: "docs/screenshots/014-meeting-375.png", fullPage: true });

  // A date that cannot be read: a Danish message, and the default days shown.
  await page.goto(`/planer/${slug}/styregruppe?siden=10.9.2018`);
  await expect(page.getByText("Skriv sidste møde som en dato, fx 2018-12-10.")).toBeVisible();
});

test("the meeting view of a plan with a budget states budget and spending for the meeting's year", async ({ page }) => {
  await signIn(page, demoUser("styregruppe", "amager-tryghedsplan-2017"));
  await page.goto("/planer/amager-tryghedsplan-2017/styregruppe?moede=2018-12-10&siden=2018-09-10&periode=2018");
  await expect(page.getByRole("heading", { name: "Økonomi 2018" })).toBeVisible();
  await expect(page.locator(".meeting-budget dd").first()).toContainText("kr.");
  await expect(page.locator(".meeting-changes li").first()).toBeVisible();
});
