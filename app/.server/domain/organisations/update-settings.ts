import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import type { Actor } from "../../auth/policy";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { organisations } from "../../db/schema";
import { userError } from "../../errors";

const optionalText = z
  .string()
  .trim()
  .transform((v) => v || null);

/** The organisation settings form: TOTP requirement and OpenID Connect sign-in. */
export const organisationSettingsSchema = z
  .object({
    requireTotp: z.boolean(),
    oidcIssuer: optionalText.pipe(z.url({ error: "issuerUrl" }).nullable()),
    oidcClientId: optionalText,
    /** Left empty: keep the saved secret. */
    oidcClientSecret: optionalText,
    oidcEmailDomain: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "domainRequired")
        .nullable(),
    ),
  })
  .refine((s) => !s.oidcIssuer === !s.oidcClientId, {
    path: ["oidcClientId"],
    message: "issuerAndClientTogether",
  });

/** Saves an organisation's sign-in settings; the client secret is encrypted. */
export async function updateOrganisationSettings(
  db: Database,
  cipher: FieldCipher,
  actor: Actor,
  organisationId: string,
  input: z.input<typeof organisationSettingsSchema>,
) {
  await authorize(db, actor, "organisation.manage", { type: "organisation", organisationId });
  const parsed = organisationSettingsSchema.safeParse(input);
  if (!parsed.success)
    throw userError(
      "invalid-settings",
      "Tjek felterne.",
      parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })),
    );
  const s = parsed.data;
  await db
    .update(organisations)
    .set({
      requireTotp: s.requireTotp,
      oidcIssuer: s.oidcIssuer,
      oidcClientId: s.oidcClientId,
      oidcEmailDomain: s.oidcEmailDomain,
      ...(s.oidcClientSecret ? { oidcClientSecret: cipher.encrypt(s.oidcClientSecret) } : {}),
      ...(s.oidcIssuer ? {} : { oidcClientSecret: null }),
    })
    .where(eq(organisations.id, organisationId));
  await recordAudit(db, actor, {
    action: "organisation.updateSettings",
    resourceType: "organisation",
    resourceId: organisationId,
    organisationId,
    outcome: "allowed",
    details: { requireTotp: s.requireTotp, oidc: !!s.oidcIssuer },
  });
}
