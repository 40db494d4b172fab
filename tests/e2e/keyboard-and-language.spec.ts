import { expect, test } from "@playwright/test";
import { examplePlanPages } from "./example-pages";
import { demoPassword, demoUser, signIn } from "./sign-in";

test("the site can be used with the keyboard alone", async ({ page }) => {
  const [plan] = examplePlanPages();
  await page.goto("/");
  await expect(page).toHaveURL(/\/logind/);
  // Sign in with the keyboard: skip link, then the fields in order, Enter submits.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Gå til sidens indhold" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("E-mail")).toBeFocused();
  await page.keyboard.type(demoUser("projektleder", plan.slug));
  await page.keyboard.press("Tab");
  await page.keyboard.type(demoPassword);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Planer");
  // After signing in the focus is at the start of the page content.
  await expect(page.locator("main")).toBeFocused();
  // From the content, Tab reaches the first plan link and Enter opens it.
  const link = page.getByRole("link", { name: plan.title });
  for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/planer/${plan.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(plan.title);
});

test("the interface can be switched to English and back", async ({ page }) => {
  await signIn(page, "portefoelje@demo.helhed.dk");
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plans");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Planer");
});
