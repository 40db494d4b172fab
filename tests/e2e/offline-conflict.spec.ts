import { type Browser, expect, type Page, test } from "@playwright/test";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";
import { smallTapTargets } from "./tap-targets";

// Issue 12: nothing is overwritten silently. An edit made offline on the phone meets a version a
// colleague saved meanwhile: the outbox shows "Konflikt" with both versions field by field, and the
// person chooses ("Behold min"). Online, the colleague's next save from the old version gets the
// same choice, with what they typed kept in the form.
const plan = "solhaven-demo";

async function hydrated(page: Page) {
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
}

/** The choice on a phone: axe clean, no sideways scroll, no tap target under 44 × 44 px. */
async function phoneCheck(page: Page, what: string) {
  await checkPage(page, what);
  expect(await smallTapTargets(page), `${what}: små trykflader`).toEqual([]);
}

/** A fællesspisning (headcount, no roster) to edit: one from the logbook, or a new one. */
async function eventToEdit(page: Page): Promise<string> {
  await page.goto(`/log/${plan}/faellesspisning`);
  const link = page.locator(`a.session-link[href^="/log/${plan}/arrangement/"]`).first();
  if ((await link.count()) > 0) return (await link.getAttribute("href")) as string;
  await page.goto(`/log/${plan}/ny/arrangement?aktivitet=faellesspisning`);
  await page.getByRole("button", { name: "Gem arrangement" }).click();
  await page.waitForURL(/\/arrangement\//);
  return new URL(page.url()).pathname;
}

/** The colleague: another person, signed in in a browser of their own (always online). */
async function colleague(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "da-DK" });
  const page = await context.newPage();
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, demoUser("medarbejder", plan));
  return page;
}

test("an offline edit that meets a newer saved version is shown to resolve, never overwritten", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, demoUser("projektleder", plan));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const eventPath = await eventToEdit(page);
  await page.goto(eventPath);
  await hydrated(page);
  const other = await colleague(browser);
  await other.goto(eventPath);
  await hydrated(other);

  // On the phone, offline: the place is changed and kept in the outbox.
  await context.setOffline(true);
  await page.getByLabel("Sted").fill("Kælderen");
  await page.getByRole("button", { name: "Gem oplysninger" }).click();
  await expect(page.getByText("1 registrering venter")).toBeVisible();

  // Meanwhile the colleague saves another place, online.
  await other.getByLabel("Sted").fill("Salen");
  await other.getByLabel("Antal i alt").fill("31");
  await other.getByRole("button", { name: "Gem oplysninger" }).click();
  await expect(other.getByText("Gemt.", { exact: true })).toBeVisible();

  // Back online: the outbox meets the newer version and shows both; nothing is overwritten.
  await context.setOffline(false);
  const outbox = page.locator(".outbox");
  await expect(outbox.getByText("Konflikt", { exact: true })).toBeVisible({ timeout: 30_000 });
  // Named with a Danish date; only "Behold min" or "Brug den gemte" sends or drops it.
  await expect(outbox.getByText(/Fællesspisning \d{1,2}\. [a-z]+ \d{4} · Log/)).toBeVisible();
  await expect(outbox.getByRole("button", { name: "Send nu" })).toHaveCount(0);
  const placeRow = outbox.locator("tr", { has: page.getByRole("rowheader", { name: /Sted/ }) });
  await expect(placeRow.locator("td").nth(0)).toHaveText("Kælderen");
  await expect(placeRow.locator("td").nth(1)).toHaveText("Salen");
  const countRow = outbox.locator("tr", { has: page.getByRole("rowheader", { name: /Antal i alt/ }) });
  await expect(countRow.locator("td").nth(1)).toHaveText("31");
  await phoneCheck(page, "konflikt i udbakken");
  await page.screenshot({ path: "docs/screenshots/offline-conflict-375.png", fullPage: true });
  await other.goto(eventPath);
  await expect(other.getByLabel("Sted")).toHaveValue("Salen");

  // "Behold min": sent again on top of the saved version, it is saved once.
  await outbox.getByRole("button", { name: "Behold min" }).click();
  await expect(page.getByText("Alt fra telefonen er sendt og gemt.")).toBeVisible({ timeout: 30_000 });
  await other.goto(eventPath);
  await hydrated(other);
  await expect(other.getByLabel("Sted")).toHaveValue("Kælderen");

  // Online: the phone saves from a version the colleague has meanwhile replaced.
  await page.goto(eventPath);
  await hydrated(page);
  await other.getByLabel("Sted").fill("Gården");
  await other.getByRole("button", { name: "Gem oplysninger" }).click();
  await expect(other.getByText("Gemt.", { exact: true })).toBeVisible();
  await page.getByLabel("Titel").fill("Fællesspisning med dessert");
  await page.getByRole("button", { name: "Gem oplysninger" }).click();
  await expect(page.getByText("En anden har gemt registreringen, mens du rettede.")).toBeVisible();
  const choice = page.locator(".edit-conflict-choice");
  const titleRow = choice.locator("tr", { has: page.getByRole("rowheader", { name: /Titel/ }) });
  await expect(titleRow.locator("td").nth(0)).toHaveText("Fællesspisning med dessert");
  await expect(choice.locator("tr", { has: page.getByRole("rowheader", { name: /Sted/ }) }).locator("td")).toHaveText([
    "Kælderen",
    "Gården",
  ]);
  await phoneCheck(page, "konflikt ved gem");
  // What was typed stays in the form; "Brug den gemte" drops it and shows the saved version.
  await expect(page.getByLabel("Titel")).toHaveValue("Fællesspisning med dessert");
  await choice.getByRole("link", { name: "Brug den gemte" }).click();
  await expect(page.getByLabel("Sted")).toHaveValue("Gården");
  await expect(page.getByLabel("Titel")).not.toHaveValue("Fællesspisning med dessert");
  await other.context().close();
});
