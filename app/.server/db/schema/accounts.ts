import { bigint, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { activities } from "./activities";
import { organisations } from "./organisations";
import { plans } from "./plans";

/** The roles a member can have in an organisation (see docs/security.md). */
export const roles = [
  "administrator",
  "planManager",
  "staff",
  "partnerStaff",
  "steeringReader",
  "portfolioReader",
] as const;
export type Role = (typeof roles)[number];

/** A person who signs in. Password and TOTP secret are optional (SSO users have neither). */
export const users = pgTable("users", {
  id: uuid().primaryKey(),
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text(),
  /** Encrypted with the field key (FieldCipher). */
  totpSecret: text(),
  totpEnabled: boolean().notNull().default(false),
  /** The last TOTP time step used, so a code cannot be used twice. */
  totpLastStep: bigint({ mode: "number" }),
  disabledAt: timestamp({ withTimezone: true }),
  failedSignIns: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lastSignInAt: timestamp({ withTimezone: true }),
  /** Daily reminders by mail (sessions without attendance, milestones due); the user may switch them off. */
  reminderMails: boolean().notNull().default(true),
});

/** A user's role in an organisation; `sensitiveAccess` allows reading Article 9 fields and notes. */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text({ enum: roles }).notNull(),
    sensitiveAccess: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_org_user_idx").on(t.organisationId, t.userId),
    index("memberships_user_idx").on(t.userId),
  ],
);

/** The activities a staff member logs in. */
export const activityAssignments = pgTable(
  "activity_assignments",
  {
    id: uuid().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("activity_assignments_user_activity_idx").on(t.userId, t.activityId)],
);

/** A plan shared with another organisation (a partner, the kommune, a portfolio). */
export const planShares = pgTable(
  "plan_shares",
  {
    id: uuid().primaryKey(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    /** The organisation the plan is shared with. */
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("plan_shares_plan_org_idx").on(t.planId, t.organisationId)],
);

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. A session
 * ends after `idle` without use or at `expiresAt`, whichever comes first, or when revoked.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** When the second factor was given; null while it is still owed. */
    secondFactorAt: timestamp({ withTimezone: true }),
    method: text({ enum: ["password", "oidc"] }).notNull(),
    ipAddress: text(),
    userAgent: text(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** A one-time password reset; only the token's hash is stored. */
export const passwordResets = pgTable("password_resets", {
  id: text().primaryKey(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
});

/**
 * E-mails waiting to be sent (password reset links, invitations). Without a mail server
 * configured they are also written to the server log, where an operator can pass them on.
 */
export const outbox = pgTable("outbox", {
  id: uuid().primaryKey(),
  to: text().notNull(),
  subject: text().notNull(),
  body: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp({ withTimezone: true }),
});
