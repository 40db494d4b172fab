/** Reads the participant form: checkboxes to booleans, the consent block only when filled in. */
export function participantFromForm(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "");
  const consentGiven = form.get("consentGiven") === "on";
  return {
    initials: text("initials"),
    birthYear: text("birthYear") || undefined,
    gender: text("gender") || "unknown",
    departmentNumber: text("departmentNumber"),
    newHousehold: form.get("newHousehold") === "on",
    targetGroupTags: form.getAll("targetGroupTags").map(String),
    resident: form.get("resident") === "on",
    volunteer: form.get("volunteer") === "on",
    name: text("name"),
    contact: text("contact"),
    cpr: text("cpr"),
    consent: consentGiven
      ? {
          givenBy: text("consentBy") || "participant",
          giverName: text("consentGiverName"),
          purposes: form.getAll("consentPurposes").map(String),
          givenOn: text("consentOn"),
        }
      : undefined,
    sensitive:
      text("health") || text("addiction") || text("ethnicity")
        ? { health: text("health"), addiction: text("addiction"), ethnicity: text("ethnicity") }
        : undefined,
    notes: text("notes"),
  };
}

/** The form as sent, for filling it in again. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const lists = ["targetGroupTags", "consentPurposes"];
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys()))
    if (key !== "_csrf") out[key] = lists.includes(key) ? form.getAll(key).map(String) : String(form.get(key));
  return out;
}
