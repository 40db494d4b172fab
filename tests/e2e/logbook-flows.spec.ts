import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./sign-in";

test("a course for an Opzoomerne participant moves through afklaring → praktik → løntilskud → job, and its history shows each step", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, demoUser("medarbejder", "opzoomerne"));
  await page.goto("/log");
  await page
    .getByRole("link", { name: "Lokalforankret beskæftigelsesindsats og jobmentorforløb", exact: true })
    .click();
  await page.getByRole("link", { name: "Ny deltager" }).click();
  await page.getByLabel("Initialer", { exact: true }).fill("JQ");
  await page.getByLabel("Fødselsår").fill("1974");
  await page.getByRole("button", { name: "Gem deltager" }).click();
  await expect(page.getByText("Deltageren er gemt")).toBeVisible();

  const row = page.locator(".roster-list li", { hasText: "JQ" });
  await row.getByRole("link", { name: /Start forløb/ }).click();
  await expect(page.getByLabel("Forløbstype")).toHaveValue("jobforloeb");
  await page.getByLabel("Startdato").fill("2021-02-01");
  await page.getByRole("button", { name: "Start forløb" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Jobforløb i Opzoomerne");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  for (const [stage, date] of [
    ["Virksomhedspraktik", "2021-03-15"],
    ["Løntilskud", "2021-05-01"],
    ["Job", "2021-08-01"],
  ]) {
    await page.getByLabel("Trin", { exact: true }).selectOption({ label: stage });
    await page.getByLabel("Dato").first().fill(date);
    await page.getByRole("button", { name: "Gem trin" }).click();
    await expect(page.locator(".stage-list li", { hasText: stage })).toBeVisible();
  }
  await page.getByLabel("Udfald").selectOption({ label: "Job" });
  await page.locator('input[name="outcomeDate"]').fill("2021-08-01");
  await page.getByRole("button", { name: "Gem udfald" }).click();

  const stages = page.locator(".stage-list li");
  await expect(stages).toHaveText([
    /Afklaring · 1\. februar 2021/,
    /Virksomhedspraktik · 15\. marts 2021/,
    /Løntilskud · 1\. maj 2021/,
    /Job · 1\. august 2021/,
  ]);
  await expect(page.getByText(/Udfald:\s*Job · 1\. august 2021/)).toBeVisible();
  const history = page.locator(".history-list li");
  await expect(history.first()).toContainText("Oprettet");
  // In words: the outcome by its name, its date as a date (not "job" and "2021-08-01").
  await expect(history.filter({ hasText: /udfald: – → Job/ })).toHaveCount(1);
  await expect(history.filter({ hasText: /udfaldsdato: – → 1\. august 2021/ })).toHaveCount(1);
});

test("a name cannot be stored without a recorded consent: the form says why and stores nothing", async ({ page }) => {
  await signIn(page, demoUser("projektleder", "opzoomerne"));
  await page.goto("/log");
  await page
    .getByRole("link", { name: "Lokalforankret beskæftigelsesindsats og jobmentorforløb", exact: true })
    .click();
  await page.getByRole("link", { name: "Ny deltager" }).click();
  await page.getByLabel("Initialer", { exact: true }).fill("NK");
  await page.getByLabel("Fødselsår").fill("1988");
  await page.getByLabel("Navn", { exact: true }).fill("Nina Kristensen");
  await page.getByRole("button", { name: "Gem deltager" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Tjek felterne. Intet er gemt.");
  // The error summary links to the field (the DKFDS pattern); the field says it too.
  await expect(page.getByRole("link", { name: /må kun gemmes med et samtykke/ })).toHaveAttribute(
    "href",
    "#felt-consentGiven",
  );
  await expect(page.locator(".form-error-message", { hasText: /må kun gemmes med et samtykke/ })).toBeVisible();
  // What was typed is still there.
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue("Nina Kristensen");
  await page.getByLabel("Deltageren (eller en forælder) har givet samtykke").check();
  await page.getByLabel("At kontakte deltageren").check();
  await page.getByRole("button", { name: "Gem deltager" }).click();
  await expect(page.getByText("Deltageren er gemt")).toBeVisible();
  await expect(page.locator(".roster-list li", { hasText: "NK" })).toHaveCount(1);
});
