import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { convertWithLibreOffice, libreOfficeFilters } from "../support/libreoffice";
import { longPlanPdf } from "../support/long-plan-pdf";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";

// Issue 15, "what must be shown" 2: the Stærmosegården plan as Word (made by LibreOffice from the
// source document), read, reviewed, one criterion corrected, accepted; the draft validates and its
// dashboard shows every criterion.
const seed = new URL("../../../shared/seeds/staermosegaarden-helhedsplan-2015-2019.txt", import.meta.url).pathname;
const slug = `staermose-${Date.now().toString(36)}`;

function staermosegaardenDocx(): string {
  const dir = mkdtempSync(join(process.env.TMPDIR ?? tmpdir(), "helhed-docx-"));
  const txt = join(dir, "staermosegaarden.txt");
  copyFileSync(seed, txt);
  convertWithLibreOffice([txt], libreOfficeFilters.docx, dir);
  const docx = join(dir, "staermosegaarden.docx");
  expect(existsSync(docx)).toBe(true);
  return docx;
}

/** With SCREENSHOT_DIR set, keeps a full-page screenshot (docs/screenshots). */
async function shot(page: Page, name: string) {
  if (process.env.SCREENSHOT_DIR)
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

test("the Stærmosegården Word document is read, reviewed, one criterion corrected, and accepted as a draft plan", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const docx = staermosegaardenDocx();
  await signIn(page, demoUser("projektleder", "staermosegaarden"));
  await open(page, "/");
  await page.getByRole("link", { name: "Indlæs plandokument" }).click();
  await checkPage(page, "indlæs plandokument");
  await page.getByLabel("Plandokument").setInputFiles(docx);
  await page.getByRole("button", { name: "Læs dokumentet" }).click();

  // the review: every criterion beside its sentence, the structure, what was not read
  const heading = page.getByRole("heading", { name: /^Succeskriterier \(\d+\)$/ });
  await expect(heading).toBeVisible({ timeout: 60_000 });
  const count = Number((await heading.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThanOrEqual(30);
  await expect(page.getByText("Aktivitet: Styrkede jobmuligheder")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Ikke læst/ })).toBeVisible();
  await checkPage(page, "gennemgang af plandokument");
  await shot(page, "plan-read-review");

  // correct one criterion: "20 mentorforløb om året" becomes 24
  const mentor = page
    .locator("fieldset[data-criterion]", { hasText: "At der etableres 20 frivillige mentorforløb om året" })
    .first();
  await expect(mentor).toContainText("forløb af typen");
  const target = mentor.getByLabel(/^Mål for/);
  await expect(target).toHaveValue("20");
  await target.fill("24");
  await page.getByLabel("Kort navn i adressen").fill(slug);
  await page.getByRole("button", { name: "Opret planen som kladde" }).click();

  // the draft validated (else the review would come back with its problems); its dashboard shows every criterion
  await expect(page).toHaveURL(new RegExp(`/planer/${slug}/maalopfyldelse`));
  await checkPage(page, "målopfyldelse for den indlæste plan");
  const rows = page.locator("tr[data-criterion]");
  await expect(rows).toHaveCount(count);
  const corrected = rows.filter({ hasText: "At der etableres 20 frivillige mentorforløb om året" }).first();
  await expect(corrected).toContainText("24");
  await shot(page, "plan-read-dashboard");

  // in the editor, a criterion that needs a course type the plan lacks: the builder offers to create it
  await open(page, `/planer/${slug}/rediger`);
  await page.locator("#aktivitet-vi-hjaelper-hinanden").getByRole("link", { name: "+ Succeskriterium" }).click();
  await page.locator('[name="text"]').fill("Mindst 5 unge starter et lommepengeforløb om året");
  await page.getByRole("button", { name: "Foreslå måling" }).click();
  const offer = page.getByRole("button", { name: "Opret Lommepengeforløb i planen, og foreslå igen" });
  await expect(offer).toBeVisible();
  await shot(page, "plan-read-editor-offer");
  await offer.click();
  await expect(
    page.getByText("Oprettet i kladden: forløbstypen Lommepengeforløb i Vi hjælper hinanden."),
  ).toBeVisible();
  await expect(page.locator(".editor-summary")).toContainText("Lommepengeforløb");
  await expect(page.getByLabel("Forløbstype")).toHaveValue("lommepengeforloeb");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByText("Gemt i kladden.")).toBeVisible();
});

// Issue 15, "what must be shown" 4: a 100-page PDF is read in under 20 s, and the page shows how far
// the reading is while it reads ("Læser side 37 af 100", then the criteria).
test("a 100-page PDF is read in under 20 s with progress shown page by page", async ({ page }) => {
  test.setTimeout(120_000);
  const pdf = Buffer.from(await longPlanPdf(100));
  await signIn(page, demoUser("projektleder", "staermosegaarden"));
  await open(page, "/planer/indlaes");
  await page
    .getByLabel("Plandokument")
    .setInputFiles({ name: "lang-plan.pdf", mimeType: "application/pdf", buffer: pdf });
  // every text the status line shows, as it changes
  await page.evaluate(() => {
    const status = document.querySelector(".read-progress");
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    if (status)
      new MutationObserver(() => seen.push(status.textContent ?? "")).observe(status, {
        childList: true,
        subtree: true,
        characterData: true,
      });
  });
  const started = Date.now();
  await page.getByRole("button", { name: "Læs dokumentet" }).click();
  await expect(page.getByRole("status")).toHaveText(/Læser side \d+ af 100/, { timeout: 20_000 });
  await shot(page, "plan-read-progress");
  await expect(page.getByRole("heading", { name: /^Succeskriterier \(\d+\)$/ })).toBeVisible({ timeout: 20_000 });
  const seconds = (Date.now() - started) / 1000;
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  const pages = new Set(seen.filter((s) => /^Læser side \d+ af 100/.test(s)));
  console.log(
    `100 sider læst på ${seconds.toFixed(1)} s; viste ${pages.size} forskellige sidetal, fx ${[...pages].slice(0, 3).join(", ")}`,
  );
  expect(seconds).toBeLessThan(20);
  expect(pages.size).toBeGreaterThanOrEqual(5);
  expect(seen.some((s) => s.startsWith("Finder kriterier"))).toBe(true);
});

test("without JavaScript the document is still read and reviewed", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, demoUser("projektleder", "staermosegaarden"));
  await page.goto("/planer/indlaes");
  await page
    .getByLabel("… eller indsæt planens tekst")
    .fill(
      [
        "Boligsocial helhedsplan for Nordhøj 2022-2025",
        "Indsatsområde 1: Beskæftigelse",
        "Aktivitet: Jobcafé",
        "Succeskriterier:",
        "- Mindst 12 unge starter et mentorforløb om året",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Læs dokumentet" }).click();
  await expect(page.getByRole("heading", { name: "Succeskriterier (1)" })).toBeVisible();
  await expect(page.getByText("Aktivitet: Jobcafé")).toBeVisible();
  await context.close();
});
