import { type AddressInfo, createServer } from "node:net";
import { type Browser, expect, test } from "@playwright/test";
import Provider from "oidc-provider";
import { demoUser, signIn } from "./sign-in";

const port = Number(process.env.E2E_PORT ?? 3100);

/** A real OpenID Connect provider on this machine (its development login accepts any name). */
async function startProvider() {
  const free = createServer().listen(0);
  await new Promise((r) => free.once("listening", r));
  const providerPort = (free.address() as AddressInfo).port;
  await new Promise((r) => free.close(r));
  const issuer = `http://localhost:${providerPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "helhed",
        client_secret: "en-lang-hemmelighed-til-testen",
        redirect_uris: [`http://localhost:${port}/logind/sso/callback`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: true }),
    }),
    pkce: { required: () => true },
  });
  const server = provider.listen(providerPort);
  await new Promise((r) => server.once("listening", r));
  return { issuer, close: () => new Promise((r) => server.close(r)) };
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
  return context.newPage();
}

test("sign-in through the organisation's OpenID Connect provider works end to end", async ({ browser, page }) => {
  const provider = await startProvider();
  try {
    // The administrator sets up SSO for the organisation in Helhed's own settings page.
    await signIn(page, demoUser("admin", "ips-sydhavnen"));
    await page.goto("/organisation");
    await page.getByRole("link", { name: /Områdefornyelsen Sydhavnen/ }).click();
    await page.getByLabel("SSO: udsteder (OpenID Connect)").fill(provider.issuer);
    await page.getByLabel("SSO: klient-id").fill("helhed");
    await page.getByLabel("SSO: klienthemmelighed").fill("en-lang-hemmelighed-til-testen");
    await page.getByRole("button", { name: "Gem indstillinger" }).click();
    await expect(page.getByText("Indstillingerne er gemt.")).toBeVisible();

    // A member signs in through the provider in a fresh browser.
    const member = await newPage(browser);
    await member.goto("/logind");
    await member.getByRole("link", { name: /Log ind med Områdefornyelsen Sydhavnen/ }).click();
    await member.locator('input[name="login"]').fill(demoUser("projektleder", "ips-sydhavnen"));
    await member.locator('input[name="password"]').fill("hvad som helst");
    await member.getByRole("button", { name: "Sign-in" }).click();
    await member.getByRole("button", { name: "Continue" }).click();
    await expect(member.getByRole("heading", { level: 1 })).toHaveText("Planer");
    await expect(member.getByRole("link", { name: "IPS-indsatsen i Sydhavnen" })).toBeVisible();

    // Someone who is not a member of the organisation is turned away with a clear message.
    const stranger = await newPage(browser);
    await stranger.goto("/logind");
    await stranger.getByRole("link", { name: /Log ind med Områdefornyelsen Sydhavnen/ }).click();
    await stranger.locator('input[name="login"]').fill("fremmed@andetsted.dk");
    await stranger.locator('input[name="password"]').fill("hvad som helst");
    await stranger.getByRole("button", { name: "Sign-in" }).click();
    await stranger.getByRole("button", { name: "Continue" }).click();
    await expect(stranger.getByText(/ikke oprettet som bruger/)).toBeVisible();
  } finally {
    await provider.close();
  }
});

test("a disabled user's open session stops working on its next request", async ({ browser, page }) => {
  const staff = await newPage(browser);
  await signIn(staff, demoUser("medarbejder", "opzoomerne"));
  await staff.goto("/planer/opzoomerne");
  await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();

  await signIn(page, demoUser("admin", "opzoomerne"));
  await page.goto("/organisation");
  await page.getByRole("link", { name: "Opzoomerne" }).click();
  await page.getByRole("button", { name: "Deaktivér (Sara Medarbejder)" }).click();
  await expect(page.getByText("Brugeren er deaktiveret")).toBeVisible();

  await staff.reload();
  await expect(staff).toHaveURL(/\/logind/);
  await staff.getByLabel("E-mail").fill(demoUser("medarbejder", "opzoomerne"));
  await staff.getByLabel("Adgangskode").fill("Helhed demo 2026");
  await staff.getByRole("button", { name: "Log ind" }).click();
  await expect(staff.getByText("Din konto er deaktiveret")).toBeVisible();

  await page.getByRole("button", { name: "Genaktivér (Sara Medarbejder)" }).click();
  await expect(page.getByText("Brugeren er genaktiveret.")).toBeVisible();
});

test("a wrong password gets a Danish message and no session", async ({ page }) => {
  await page.goto("/logind");
  await page.getByLabel("E-mail").fill(demoUser("projektleder", "opzoomerne"));
  await page.getByLabel("Adgangskode").fill("forkert adgangskode");
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "E-mailadressen eller adgangskoden er forkert, eller kontoen er midlertidigt spærret efter for mange forsøg. Prøv igen om lidt, eller nulstil adgangskoden.",
  );
  await page.goto("/");
  await expect(page).toHaveURL(/\/logind/);
});

test("pages carry the security headers; a form without the CSRF token is refused", async ({ page }) => {
  const response = await page.goto("/logind");
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["x-frame-options"]).toBe("DENY");
  const forged = await page.request.post("/logind", {
    form: { email: demoUser("projektleder", "opzoomerne"), password: "Helhed demo 2026" },
    headers: { Origin: `http://localhost:${port}` },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  const otherSite = await page.request.post("/logind", {
    form: { email: "x@y.dk", password: "x", _csrf: "forkert" },
    headers: { Origin: "https://ondsindet.example" },
    maxRedirects: 0,
  });
  // Refused either by React Router's own origin check (400) or by ours (403).
  expect([400, 403]).toContain(otherSite.status());
});
