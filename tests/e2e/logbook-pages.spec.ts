import { expect, test } from "@playwright/test";
import { checkPage as check } from "./page-check";
import { demoUser, signIn } from "./sign-in";

test("every logbook, account and organisation page passes axe and fits 375 px", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demoUser("admin", "opzoomerne"));
  await page.goto("/log");
  await check(page, "/log");
  await page.locator(".log-activities a").first().click();
  await expect(page.getByRole("link", { name: "Registrér arrangement" })).toBeVisible();
  const activityUrl = page.url();
  await check(page, "aktivitet");

  await page.getByRole("link", { name: "Ny deltager" }).click();
  await check(page, "ny deltager");
  await page.getByLabel("Initialer", { exact: true }).fill("KB");
  await page.getByLabel("Fødselsår").fill("1979");
  await page.getByRole("button", { name: "Gem deltager" }).click();
  await expect(page.getByText("Deltageren er gemt")).toBeVisible();

  for (const link of ["Opret fast mødetid", "Ny henvendelse"]) {
    await page.goto(activityUrl);
    await page.getByRole("link", { name: link }).click();
    await check(page, link);
  }

  await page.goto(activityUrl);
  await page.getByRole("link", { name: "Registrér arrangement" }).click();
  await check(page, "nyt arrangement");
  await page.getByLabel("Dato").fill("2022-02-02");
  await page.getByRole("button", { name: "Gem arrangement" }).click();
  await expect(page.getByRole("group", { name: "Hvem kom?" })).toBeVisible();
  await page.getByLabel(/^KB/).check();
  await page.getByRole("button", { name: "Gem fremmøde" }).click();
  await expect(page.getByText("Fremmødet er gemt: 1 deltager.")).toBeVisible();
  await check(page, "fremmøde");
  await page.getByRole("link", { name: "Tid, sted og noter for arrangementet" }).click();
  await check(page, "arrangement");

  await page.goto(activityUrl);
  await page.getByRole("link", { name: /KB · D-/ }).click();
  await expect(page.getByRole("heading", { name: /Deltager D-/ })).toBeVisible();
  await check(page, "deltager");
  await page.getByRole("link", { name: "Adgangslog" }).click();
  await check(page, "adgangslog");

  for (const path of ["/konto", "/organisation"]) {
    await page.goto(path);
    await check(page, path);
  }
  await page.getByRole("link", { name: "Opzoomerne" }).click();
  await check(page, "organisation");
});
