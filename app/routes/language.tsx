import { redirect } from "react-router";
import { toLanguage } from "~/i18n";
import { languageCookie, safeReturnTo } from "~/language-cookie";
import type { Route } from "./+types/language";

/** POST /sprog: remembers the chosen interface language and returns to the page. */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const lang = toLanguage(String(form.get("lang")));
  return redirect(safeReturnTo(form.get("returnTo")), { headers: { "Set-Cookie": languageCookie(lang) } });
}

export function loader() {
  return redirect("/");
}
