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

test("Stærmosegården: a broken Beboerdata file shows its row errors; the good one is mapped, imported and charted", async ({
  page,
}) => {
  await signIn(page, demoUser("projektleder", "staermosegaarden"));
  await page.goto("/planer/staermosegaarden/omraadet/indlaes");
  await page.getByLabel("Excel-fil fra Beboerdata").setInputFiles("examples/beboerdata/staermosegaarden-fejl.xlsx");
  await page.getByRole("button", { name: "Kontrollér filen" }).click();
  const problems = page.getByRole("list", { name: "Fejl i filen" });
  await expect(problems.getByRole("listitem")).toHaveCount(3);
  await expect(problems).toContainText('Tabel 2, række 6, kolonne 2013: "ca. 45" er ikke et tal');
  await expect(problems).toContainText("Tabel 2, række 7: Rækken har tal, men intet niveau");
  await expect(problems).toContainText("Tabel 2, række 9:");
  await openAll(page);
  await checkPage(page, "Beboerdata-import med fejl");
  await page.screenshot({ path: "docs/screenshots/area-import-errors.png", fullPage: true });
  await page.getByRole("button", { name: "Indlæs", exact: true }).click();
  await expect(page.getByRole("alert").first()).toContainText("Intet er indlæst");

  await page.getByLabel("Excel-fil fra Beboerdata").setInputFiles("examples/beboerdata/staermosegaarden.xlsx");
  await page.getByRole("button", { name: "Kontrollér filen" }).click();
  await expect(page.getByText("Klar: 69 tal kan indlæses.")).toBeVisible();
  await expect(page.getByLabel("Odense Kommune")).toHaveValue("comparison");
  await expect(page.getByLabel("Fraflytningsprocent")).toHaveValue("fraflytningsprocent");
  await page.getByRole("button", { name: "Indlæs", exact: true }).click();
  await expect(page.getByText("69 tal er indlæst fra Beboerdata.")).toBeVisible();
  const work = page.getByRole("table", { name: "Andel 18-64-årige uden for arbejde og uddannelse år for år" });
  await expect(work.getByRole("row", { name: /2015/ })).toContainText("43,1 %");
  await expect(work.getByRole("row", { name: /2015/ })).toContainText("22,1 %");
  await expect(work.getByRole("row", { name: /2015/ })).toContainText("18,5 %");
  await expect(
    page.getByRole("img", { name: /Fraflytningsprocent for Stærmosegården sammenlignet med Odense Kommune/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Stærmosegården år for år" }).getByRole("row", { name: /2016/ }),
  ).toContainText("Ikke på nogen liste");
  await page
    .locator('section[aria-labelledby="serie-uden-for-arbejde-og-uddannelse"]')
    .screenshot({ path: "docs/screenshots/area-series-staermosegaarden.png" });
  await page
    .locator('section[aria-labelledby="liste-stærmosegården"]')
    .screenshot({ path: "docs/screenshots/area-lists-staermosegaarden.png" });
  await openAll(page);
  await checkPage(page, "Stærmosegården efter import");
});

test("Amager: Beboerdata imported, typed entry refuses a bad figure and saves a good one", async ({ page }) => {
  await signIn(page, demoUser("projektleder", "amager-tryghedsplan-2017"));
  await page.goto("/planer/amager-tryghedsplan-2017/omraadet/indlaes");
  await page.getByLabel("Excel-fil fra Beboerdata").setInputFiles("examples/beboerdata/amager.xlsx");
  await page.getByRole("button", { name: "Kontrollér filen" }).click();
  await expect(page.getByText("Klar: 60 tal kan indlæses.")).toBeVisible();
  await page.getByRole("button", { name: "Indlæs", exact: true }).click();
  await expect(page.getByText("60 tal er indlæst fra Beboerdata.")).toBeVisible();
  const lists = page.getByRole("table", { name: "Partnerskabsområdet – Urbanplanen og Hørgården år for år" });
  await expect(lists.getByRole("row", { name: /^2020 / })).toContainText("Ikke på nogen liste");
  await expect(lists.getByRole("row", { name: /^2021 / })).toHaveCount(0);

  await page
    .getByLabel("Nøgletal", { exact: true })
    .selectOption({ label: "Andel 18-64-årige uden for arbejde og uddannelse" });
  await page.getByLabel("År", { exact: true }).fill("2021");
  await page.getByLabel("Områdets tal").fill("ca. 32");
  await page.getByLabel("Kilde").fill("Beboerdata, december 2021");
  await page.getByRole("button", { name: "Gem tallet" }).click();
  await expect(page.getByText("Skriv områdets tal som et tal")).toBeVisible();
  await page.getByLabel("Områdets tal").fill("32,4");
  await page.getByLabel("Kommunens tal").fill("16,8");
  await page.getByRole("button", { name: "Gem tallet" }).click();
  await expect(page.getByText("Tallet er gemt.")).toBeVisible();
  const work = page.getByRole("table", { name: "Andel 18-64-årige uden for arbejde og uddannelse år for år" });
  await expect(work.getByRole("row", { name: /2021/ })).toContainText("32,4 %");
  await page
    .locator('section[aria-labelledby="serie-uden-for-arbejde-og-uddannelse"]')
    .screenshot({ path: "docs/screenshots/area-series-amager.png" });
  await openAll(page);
  await checkPage(page, "Amager efter import");
});
