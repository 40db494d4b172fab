import { expect, type Page } from "@playwright/test";

/** The demo password (app/.server/demo/demo-accounts.ts). */
export const demoPassword = "Helhed demo 2026";

/** A demo account's e-mail, e.g. demoUser("projektleder", "rum-for-liv"). */
export function demoUser(prefix: string, slug: string): string {
  return `${prefix}.${slug}@demo.helhed.dk`;
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/logind");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
}
