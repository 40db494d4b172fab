import { boolean, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** A tenant: housing association, municipality, NGO … Every other table points here. */
export const organisations = pgTable("organisations", {
  id: uuid().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  /** Members must use a second factor (TOTP) — or sign in through the organisation's SSO. */
  requireTotp: boolean().notNull().default(false),
  /** OpenID Connect sign-in for the organisation; the client secret is encrypted. */
  oidcIssuer: text(),
  oidcClientId: text(),
  oidcClientSecret: text(),
  /** Only e-mail addresses in this domain may sign in through the organisation's SSO. */
  oidcEmailDomain: text(),
  /** Staff may record participants' names and contact details (always with a recorded consent). */
  personNamesEnabled: boolean().notNull().default(false),
  /** A CPR number field exists only when turned on, with the legal basis written down. */
  cprEnabled: boolean().notNull().default(false),
  cprLegalBasis: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
