import { expect, type Page, test } from "@playwright/test";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";

/** Counts what the staff member does: every click, tick and field filled is one action. */
function counted() {
  const log: string[] = [];
  return {
    log,
    click: async (what: string, target: ReturnType<Page["locator"]>) => {
      log.push(`klik: ${what}`);
      await target.click();
    },
    check: async (what: string, target: ReturnType<Page["locator"]>) => {
      log.push(`flueben: ${what}`);
      await target.check();
    },
    fill: async (what: string, target: ReturnType<Page["locator"]>, value: string) => {
      log.push(`udfyld: ${what}`);
      await target.fill(value);
    },
  };
}

// The invented demo plan runs today: the session logged is today's.
const plan = "solhaven-demo";
const activity = "Lektiecafé";

// The walk-in joins the session the first test logged: one after the other.
test.describe.configure({ mode: "serial" });

/** Setting up (not counted): children join the lektiecafé until its roster has twelve. */
async function rosterOfTwelve(page: Page) {
  await page.goto(`/log/${plan}/lektiecafe`);
  const onRoster = await page.locator(".roster-list li").count();
  for (let i = onRoster; i < 12; i++) {
    await page.getByRole("link", { name: "Ny deltager" }).click();
    await page.getByLabel("Initialer", { exact: true }).fill(`N${String.fromCharCode(65 + i)}`);
    await page.getByLabel("Fødselsår").fill(String(2005 + (i % 6)));
    await page.getByRole("button", { name: "Gem deltager" }).click();
    await expect(page.getByText("Deltageren er gemt")).toBeVisible();
  }
}

/** The attendance screen of the activity, opened from the Log start page in one tap. */
async function openAttendance(page: Page, me: ReturnType<typeof counted>) {
  await page.goto("/log");
  await expect(page).toHaveURL(/\/log$/);
  await page.waitForLoadState("networkidle");
  const take = page.getByRole("link", { name: new RegExp(`^Fremmøde i dag ?: ${activity}$`) });
  await me.click(`fremmøde: ${activity}`, take);
  await expect(page.getByRole("group", { name: "Hvem kom?" })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

test("a lektiecafé session for 12 from the roster, counted from the Log start page, on a phone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, demoUser("medarbejder", plan));
  // Staff land on Log, where the day's work is.
  await expect(page).toHaveURL(/\/log$/);
  await rosterOfTwelve(page);
  const me = counted();
  await openAttendance(page, me);
  const boxes = page.locator(".attendance-list input[name=present]:not(:checked)");
  expect(await boxes.count()).toBeGreaterThanOrEqual(12);
  const before = await page.locator(".attendance-list input[name=present]:checked").count();
  await checkPage(page, "fremmøde");
  for (let i = 0; i < 12; i++) await me.check(`deltager ${i + 1}`, boxes.first());
  await me.click("Gem fremmøde", page.getByRole("button", { name: "Gem fremmøde" }));
  await expect(page.getByText(`Fremmødet er gemt: ${before + 12} deltagere.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${activity} · i dag`);
  // The session is today's: the Log start page lists it under "I dag" with its attendance.
  await page.goto("/log");
  const todayList = page
    .locator("section", { has: page.getByRole("heading", { name: /Solhaven/ }) })
    .locator(".session-list");
  await expect(
    todayList.getByRole("link", { name: new RegExp(`${activity}.*${before + 12} deltagere`) }),
  ).toBeVisible();

  console.log(`Handlinger for at logge en lektiecafé med 12 deltagere: ${me.log.length} (${me.log.join(", ")})`);
  expect(me.log.length).toBeLessThanOrEqual(14);
});

test("a walk-in added to the roster and ticked, counted from the Log start page, on a phone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, demoUser("medarbejder", plan));
  const me = counted();
  await openAttendance(page, me);
  const before = await page.locator(".attendance-list input[name=present]:checked").count();
  await me.click("+ ny deltager", page.getByText("+ ny deltager"));
  await me.fill("initialer", page.getByLabel("Initialer", { exact: true }), "WQ");
  await me.fill("fødselsår", page.getByLabel("Fødselsår"), "1987");
  await checkPage(page, "fremmøde med ny deltager");
  await me.click("Gem fremmøde", page.getByRole("button", { name: "Gem fremmøde" }));
  await expect(page.getByText(/Fremmødet er gemt: \d+ deltager/)).toBeVisible();
  await expect(page.getByText(/Ny deltager D-\d+ er på holdlisten/)).toBeVisible();
  await expect(page.locator(".attendance-list input[name=present]:checked")).toHaveCount(before + 1);
  await expect(page.getByLabel(/^WQ/)).toBeChecked();

  console.log(`Handlinger for at tilføje og krydse en ny deltager af: ${me.log.length} (${me.log.join(", ")})`);
  expect(me.log.length).toBeLessThanOrEqual(6);
});
