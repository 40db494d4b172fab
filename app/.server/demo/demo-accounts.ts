import type { Role } from "../db/schema/accounts";

/** The demo password, shown on the sign-in page when the server runs with --demo. */
export const demoPassword = "Helhed demo 2026";

/** The demo accounts made for each example plan's owner: role, name and the e-mail prefix. */
export const ownerAccounts: { role: Role; name: string; prefix: string; sensitiveAccess: boolean }[] = [
  { role: "administrator", name: "Anne Administrator", prefix: "admin", sensitiveAccess: true },
  { role: "planManager", name: "Peter Projektleder", prefix: "projektleder", sensitiveAccess: true },
  { role: "staff", name: "Sara Medarbejder", prefix: "medarbejder", sensitiveAccess: false },
  { role: "steeringReader", name: "Susanne Styregruppe", prefix: "styregruppe", sensitiveAccess: false },
];

/** A demo e-mail address, e.g. demoEmail("projektleder", "rum-for-liv") → projektleder.rum-for-liv@demo.helhed.dk. */
export function demoEmail(prefix: string, slug: string): string {
  return `${prefix}.${slug}@demo.helhed.dk`;
}

/** The portfolio organisation that sees every example plan (aggregates only). */
export const portfolio = {
  name: "Landsbyggefonden (porteføljeoverblik)",
  email: "portefoelje@demo.helhed.dk",
  userName: "Lars Portefølje",
};
