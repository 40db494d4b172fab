import { expect, type Page, test } from "@playwright/test";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";

// A new plan per run (and per retry: the server's database keeps the first try's plan).
const slug = `nordparken-${Date.now().toString(36)}`;
const editor = `/planer/${slug}/rediger`;

/** Opens a page and waits until React has taken it over, so a click is never lost to hydration. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Fills a field of an editor form by its name (rows are named like "lines.0.label"). */
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);

async function save(page: Page) {
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByText("Gemt i kladden.")).toBeVisible();
}

/** Writes a criterion as plans are written, lets the builder propose the measure, checks the sentence and saves. */
async function criterionThroughBuilder(page: Page, text: string, sentence: RegExp) {
  await open(page, editor);
  await page.locator("#aktivitet-jobcafe").getByRole("link", { name: "+ Succeskriterium" }).click();
  await field(page, "text").fill(text);
  await page.getByRole("button", { name: "Foreslå måling" }).click();
  await expect(page.getByText("Forslag udfyldt")).toBeVisible();
  await expect(page.locator(".editor-summary")).toContainText(sentence);
  await save(page);
}

test("a new LBF plan is written in the browser: activity, three criteria through the builder, budget, milestones, approval, a change and its difference", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, demoUser("projektleder", "staermosegaarden"));

  // New plan from the LBF 2019–26 template.
  await open(page, "/");
  await page.getByRole("link", { name: "Ny plan" }).click();
  await checkPage(page, "ny plan");
  await page.getByLabel("Helhedsplan efter LBF 2019–26").check();
  await page.getByLabel("Planens titel").fill("Nordparken 2027–2030");
  await page.getByLabel("Kort navn i adressen").fill(slug);
  await page.getByLabel("Startdato").fill("2027-01-01");
  await page.getByLabel("Slutdato").fill("2030-12-31");
  await page.getByRole("button", { name: "Opret planen" }).click();
  await expect(page.getByRole("heading", { name: "Rediger planen" })).toBeVisible();
  for (const title of [
    "Uddannelse og livschancer",
    "Beskæftigelse",
    "Kriminalitetsforebyggelse",
    "Sammenhængskraft og medborgerskab",
  ])
    await expect(page.getByRole("link", { name: new RegExp(title) }).first()).toBeVisible();
  await checkPage(page, "redigering");

  // An activity in Beskæftigelse with staffing.
  await page.locator("#indsatsomraade-beskaeftigelse").getByRole("link", { name: "+ Aktivitet" }).click();
  await field(page, "title").fill("Jobcafé");
  await field(page, "key").fill("jobcafe");
  await field(page, "purposes").fill("Flere beboere i job eller uddannelse");
  await field(page, "staffing.0.role").fill("Jobkonsulent");
  await field(page, "staffing.0.hoursPerWeek").fill("12,5");
  await checkPage(page, "ny aktivitet");
  await save(page);
  await expect(page.locator("#aktivitet-jobcafe")).toBeVisible();

  // Three criteria through the builder.
  await criterionThroughBuilder(page, "mindst 15 deltagere i snit det første år og 20 de følgende år", /gennemsnit/i);
  await criterionThroughBuilder(page, "40 forskellige beboere deltager om året", /forskellige beboere/i);
  await criterionThroughBuilder(page, "fraflytningsprocenten falder fra 8 % til 6 %", /fraflytning/i);
  await expect(page.locator("#aktivitet-jobcafe .editor-tree-criteria li")).toHaveCount(3);
  await page.locator("#aktivitet-jobcafe .editor-tree-criteria a").first().click();
  await checkPage(page, "succeskriterium");

  // A budget line for the activity: LBF and the municipality (local co-financing).
  await open(page, `${editor}/oekonomi`);
  await field(page, "lines.0.label").fill("Jobcafé, løn");
  await field(page, "lines.0.activity").selectOption("jobcafe");
  await field(page, "lines.0.source").selectOption("lbf");
  for (const y of [2027, 2028, 2029, 2030]) await field(page, `lines.0.y${y}`).fill("300000");
  await field(page, "lines.1.label").fill("Jobcafé, kommunal medfinansiering");
  await field(page, "lines.1.activity").selectOption("jobcafe");
  await field(page, "lines.1.source").selectOption("kommune");
  for (const y of [2027, 2028, 2029, 2030]) await field(page, `lines.1.y${y}`).fill("100000");
  await checkPage(page, "økonomi");
  await save(page);

  // Two milestones.
  await open(page, `${editor}/milepaele`);
  await field(page, "milestones.0.title").fill("Jobcaféen åbner");
  await field(page, "milestones.0.due").fill("2027Q2");
  await field(page, "milestones.0.activity").selectOption("jobcafe");
  await field(page, "milestones.1.title").fill("Første evaluering");
  await field(page, "milestones.1.due").fill("2027-12-31");
  await save(page);

  // Submit and approve.
  await open(page, editor);
  await page.getByRole("button", { name: "Send til godkendelse" }).click();
  await expect(page.getByText("Kladden er sendt til godkendelse")).toBeVisible();
  await page.getByLabel("Godkendt af").fill("Styregruppen");
  await page.getByLabel("Dato for godkendelsen").fill("2027-01-15");
  await page.getByLabel("Beslutning (referat)").fill("Planen godkendt uden bemærkninger.");
  await page.getByRole("button", { name: "Godkend versionen" }).click();
  await expect(page.getByText("Versionen er godkendt")).toBeVisible();

  // The approved version is locked: the form says so and the server refuses a change.
  await open(page, `${editor}/aktivitet/jobcafe`);
  await expect(page.getByText("Den godkendte version er låst")).toBeVisible();
  await expect(page.getByRole("button", { name: "Gem", exact: true })).toBeDisabled();
  const refused = await page.evaluate(async (url) => {
    const form = new FormData(document.querySelector<HTMLFormElement>("#editor-form") as HTMLFormElement);
    form.set("intent", "save");
    form.set("title", "Ændret uden kladde");
    const response = await fetch(url, { method: "POST", body: form });
    return response.status;
  }, `${editor}/aktivitet/jobcafe`);
  expect(refused).toBe(409);

  // A change makes a new draft: a higher target from the second year.
  await open(page, editor);
  await page.getByRole("button", { name: "Start en ny version" }).click();
  await expect(page.getByText("En ny version (kladde) er startet")).toBeVisible();
  await page.locator("#aktivitet-jobcafe .editor-tree-criteria a").first().click();
  await field(page, "targets.1.value").fill("25");
  await save(page);
  await page.getByRole("link", { name: "Se forskellen" }).click();
  await expect(page.getByRole("heading", { name: "Ændrede mål" })).toBeVisible();
  await expect(page.locator(".version-diff table")).toContainText("20");
  await expect(page.locator(".version-diff table")).toContainText("25");
  await checkPage(page, "versioner");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Hent forskellen som Word" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  // Follow-up: the milestones and the budget with the local share.
  await open(page, `/planer/${slug}/opfoelgning`);
  await expect(page.getByText("Kravet om mindst 25 % er opfyldt")).toBeVisible();
  await checkPage(page, "opfølgning");
});

test("what is typed survives a reload, and leaving with unsaved changes asks first", async ({ page }) => {
  await signIn(page, demoUser("projektleder", "opzoomerne"));
  await open(page, "/planer/opzoomerne/rediger");
  if (await page.getByRole("button", { name: "Start en ny version" }).isVisible())
    await page.getByRole("button", { name: "Start en ny version" }).click();
  await open(page, "/planer/opzoomerne/rediger/grundoplysninger");
  await field(page, "vision").fill("En vision skrevet lige før strømmen gik");
  // The browser keeps the text as it is typed (localStorage), before anything is sent.
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("helhed-kladde:"))))
    .toBe(true);
  await page.reload();
  await expect(page.getByText("Du har ikke-gemte ændringer")).toBeVisible();
  await page.getByRole("button", { name: "Gendan ændringerne" }).click();
  await expect(field(page, "vision")).toHaveValue("En vision skrevet lige før strømmen gik");
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("link", { name: "Annullér" }).click();
  await expect(page).toHaveURL(/grundoplysninger/);
});
