import { useRouteLoaderData } from "react-router";

/** The hidden CSRF field every form carries (checked by the root middleware). */
export function CsrfField() {
  const data = useRouteLoaderData("root") as { csrfToken?: string } | undefined;
  return <input type="hidden" name="_csrf" value={data?.csrfToken ?? ""} />;
}
