import { mkdirSync, readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";

const screens = "test-results/logbook-excel";
const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The template filled with event rows, using the plan's first activity and event type. */
async function filled(
  template: Buffer,
  rows: (first: { activity: string; type: string; start: string }) => unknown[][],
) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as never);
  const lists = book.getWorksheet("Lister") as ExcelJS.Worksheet;
  const guide = String((book.getWorksheet("Vejledning") as ExcelJS.Worksheet).getCell("B2").value);
  const start = /(\d{4}-\d{2}-\d{2}) –/.exec(guide)?.[1] ?? "";
  const events = book.getWorksheet("Arrangementer") as ExcelJS.Worksheet;
  for (const r of rows({ activity: String(lists.getCell("A2").value), type: String(lists.getCell("B2").value), start }))
    events.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return readFileSync((await file.path()) as string);
}

async function upload(page: Page, buffer: Buffer) {
  await page.getByLabel("Excel-fil (XLSX)").setInputFiles({ name: "logbog.xlsx", mimeType: xlsx, buffer });
  await page.getByRole("button", { name: "Kontrollér filen" }).click();
}

test("the logbook's Excel page: template, check with problems, import, export; axe-clean at 375 px", async ({
  page,
}) => {
  test.setTimeout(120_000);
  mkdirSync(screens, { recursive: true });
  await signIn(page, demoUser("medarbejder", "opzoomerne"));
  await page.goto("/log");
  await page.getByRole("link", { name: "Excel: skabelon, eksport og indlæsning" }).first().click();
  await expect(page.getByRole("heading", { name: "Logbogen i Excel", level: 1 })).toBeVisible();
  await checkPage(page, "excel");
  await page.screenshot({ path: `${screens}/1-side.png`, fullPage: true });

  const template = await download(page, "Hent skabelon (XLSX)");
  await upload(
    page,
    await filled(template, (f) => [
      [null, f.activity, f.type, "Fra Excel", f.start, "15:00", "17:00", "Beboerhuset", 12],
      [null, "Strikkeklub", f.type, null, "2099-01-01"],
    ]),
  );
  await expect(page.getByText("2 problemer. Intet er gemt.")).toBeVisible();
  const problems = page.locator(".excel-problems tbody tr");
  await expect(problems).toHaveCount(2);
  await expect(problems.first()).toContainText("Aktiviteten «Strikkeklub» findes ikke i planen");
  await expect(problems.last()).toContainText("Datoen skal ligge i planens periode");
  await checkPage(page, "excel med problemer");
  await page.screenshot({ path: `${screens}/2-problemer.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${screens}/3-problemer-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await upload(
    page,
    await filled(template, (f) => [
      [null, f.activity, f.type, "Fra Excel", f.start, "15:00", "17:00", "Beboerhuset", 12],
    ]),
  );
  await expect(page.getByText("Klar til import: 1 ny række.")).toBeVisible();
  await checkPage(page, "excel klar");
  await page.screenshot({ path: `${screens}/4-klar.png`, fullPage: true });
  await page.getByRole("button", { name: "Indlæs 1 række" }).click();
  // The import runs on the job queue; the page follows it until it is done.
  await expect(page.getByText("Logbogen er opdateret: 1 ny række er gemt.")).toBeVisible({ timeout: 30_000 });

  // A sheet of one's own asks what it holds and which column is which.
  const own = new ExcelJS.Workbook();
  own.addWorksheet("Andet ark").addRow(["Dato", "Hvad", "Hvor mange"]);
  own.getWorksheet("Andet ark")?.addRow(["2021-01-01", "Noget", 3]);
  await upload(page, Buffer.from(await own.xlsx.writeBuffer()));
  await expect(page.getByRole("heading", { name: "Hvad er arket «Andet ark»?" })).toBeVisible();
  await checkPage(page, "excel kolonner");

  const exported = await download(page, "Hent logbogen (XLSX)");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(exported as never);
  const titles = (book.getWorksheet("Arrangementer") as ExcelJS.Worksheet).getColumn(4).values;
  expect(titles).toContain("Fra Excel");
});

test("the Excel import works without JavaScript, and a sheet of one's own is mapped column by column", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, demoUser("medarbejder", "opzoomerne"));
  await page.goto("/log");
  await page.getByRole("link", { name: "Excel: skabelon, eksport og indlæsning" }).first().click();
  const template = await download(page, "Hent skabelon (XLSX)");
  const lists = new ExcelJS.Workbook();
  await lists.xlsx.load(template as never);
  const activity = String(lists.getWorksheet("Lister")?.getCell("A2").value);
  const type = String(lists.getWorksheet("Lister")?.getCell("B2").value);
  const guide = String(lists.getWorksheet("Vejledning")?.getCell("B2").value);
  const start = /(\d{4}-\d{2}-\d{2}) –/.exec(guide)?.[1] ?? "";

  const own = new ExcelJS.Workbook();
  const sheet = own.addWorksheet("Vores aktiviteter");
  sheet.addRow(["Hvornår", "Indsats", "Slags", "Antal fremmødte"]);
  sheet.addRow([start.split("-").reverse().join("."), activity, type, 9]);
  await upload(page, Buffer.from(await own.xlsx.writeBuffer()));
  await expect(page.getByRole("heading", { name: "Hvad er arket «Vores aktiviteter»?" })).toBeVisible();
  await page.getByLabel("Arket indeholder").selectOption({ label: "Arrangementer" });
  await page.getByRole("button", { name: "Vis felterne" }).click();
  await page.getByLabel("Hvornår").selectOption({ label: "Dato (skal udfyldes)" });
  await page.getByLabel("Indsats").selectOption({ label: "Aktivitet (skal udfyldes)" });
  await page.getByLabel("Slags").selectOption({ label: "Type (skal udfyldes)" });
  await page.getByLabel("Antal fremmødte").selectOption({ label: "Antal" });
  await page.screenshot({ path: `${screens}/5-kolonner.png`, fullPage: true });
  await page.getByRole("button", { name: "Gem kolonnerne og kontrollér" }).click();
  await expect(page.getByText("Klar til import: 1 ny række.")).toBeVisible();
  await page.getByRole("button", { name: "Indlæs 1 række" }).click();
  // The import runs on the job queue; the page follows it until it is done.
  await expect(page.getByText("Logbogen er opdateret: 1 ny række er gemt.")).toBeVisible({ timeout: 30_000 });

  // The organisation's choice is remembered: the same sheet is read at once next time.
  await upload(page, Buffer.from(await own.xlsx.writeBuffer()));
  await expect(page.getByText("Klar til import: 1 ny række.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Arrangementer (jeres kolonner)" })).toBeVisible();
  await context.close();
});

test("a large sheet is imported in the background: the page shows its progress, then the result", async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync(screens, { recursive: true });
  await signIn(page, demoUser("medarbejder", "opzoomerne"));
  await page.goto("/log");
  await page.getByRole("link", { name: "Excel: skabelon, eksport og indlæsning" }).first().click();
  const template = await download(page, "Hent skabelon (XLSX)");
  const rows = 4000;
  await upload(
    page,
    await filled(template, (f) =>
      Array.from({ length: rows }, (_, i) => [
        null,
        f.activity,
        f.type,
        `Baggrund ${i + 1}`,
        f.start,
        "15:00",
        "17:00",
      ]),
    ),
  );
  await expect(page.getByText(`Klar til import: ${rows.toLocaleString("da-DK")} nye rækker.`)).toBeVisible({
    timeout: 60_000,
  });
  // What the page learns while it waits: the JSON route it polls.
  const phases: string[] = [];
  page.on("response", async (res) => {
    if (/\/excel\/import\//.test(res.url()) && res.ok()) phases.push((await res.json()).phase);
  });
  await page.getByRole("button", { name: `Indlæs ${rows.toLocaleString("da-DK")} rækker` }).click();
  await expect(page.getByRole("heading", { name: "Indlæser logbog.xlsx" })).toBeVisible();
  await expect(page.getByRole("progressbar")).toBeVisible();
  await checkPage(page, "excel import i gang");
  await page.screenshot({ path: `${screens}/6-import-i-gang.png`, fullPage: true });
  await expect(page.getByText(`Logbogen er opdateret: ${rows} nye rækker er gemt.`)).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await page.screenshot({ path: `${screens}/7-import-faerdig.png`, fullPage: true });
  // The page showed the import under way (its heading and progress bar, above) and learned the end
  // by polling. Whether a poll also caught a phase before "done" depends on how fast the import
  // runs (imports write 5,000 rows a statement now), so it is not asked here; the phases a job
  // reports in order are checked in tests/integration/logbook-import-job.test.ts.
  expect(phases.length).toBeGreaterThan(0);
  expect(phases.at(-1)).toBe("done");
});
