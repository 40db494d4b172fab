import { expect, test } from "@playwright/test";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";

const slug = "staermosegaarden";

test("before the status note the plan manager is asked for the texts still missing, remembered per period", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoUser("projektleder", slug));
  await page.goto(`/planer/${slug}/rapporter?kind=status&periode=2018Q4&audience=internal&format=pdf`);
  const missing = page.locator(".report-notes-missing");
  await expect(missing).toContainText(/\d+ af \d+ tekster mangler/);
  const before = Number(/(\d+) af/.exec(await missing.innerText())?.[1]);
  // A criterion that is behind or ikke opfyldt in the period is asked about by name.
  await expect(page.getByText("Status: Ikke opfyldt. Forklar hvorfor, og hvad I gør.").first()).toBeVisible();
  await page.getByLabel("Sammenfatning").fill("Kvartalet har budt på stabil drift i alle indsatsområder.");
  await page.getByRole("button", { name: "Gem teksterne" }).click();
  await expect(page.getByText("Teksterne er gemt og kommer med i rapporten.")).toBeVisible();
  await expect(missing).toContainText(`${before - 1} af`);
  await checkPage(page, "rapporttekster");
  await page.locator("#tekster").screenshot({ path: "docs/screenshots/014-report-prompts.png" });
  // Another period has its own texts.
  await page.goto(`/planer/${slug}/rapporter?kind=status&periode=2018Q3&audience=internal&format=pdf`);
  await expect(page.getByLabel("Sammenfatning")).toHaveValue("");
  // The status note shows the text.
  await page.goto(`/planer/${slug}/rapporter?kind=status&periode=2018Q4&audience=internal&format=pdf&vis=1`);
  await expect(page.locator(".report-preview")).toContainText("Kvartalet har budt på stabil drift");
});
