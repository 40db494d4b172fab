import type { Role } from "~/.server/db/schema/accounts";
import type { MatrixFixture, MatrixRow, Relation } from "./route-matrix";

/** Issue 16's routes: området i tal, Beboerdata import, resident surveys (and their public page), safety walks. */
const planRead = () => (_role: Role, rel: Relation) => (rel === "other" ? 404 : 200);
const planPage = (route: string, suffix: (f: MatrixFixture) => string): MatrixRow => ({
  route,
  method: "GET",
  path: (f, rel) => `/planer/${f.plan[rel]}${suffix(f)}`,
  expect: planRead(),
  anonymous: 302,
});
/** Writing the plan: the owner's administrators and plan managers. */
const planEditing = (role: Role, rel: Relation) =>
  rel === "other" ? 404 : rel === "own" && (role === "administrator" || role === "planManager") ? 200 : 403;

export const areaRows: MatrixRow[] = [
  planPage("/planer/:slug/omraadet", () => "/omraadet"),
  {
    route: "/planer/:slug/omraadet",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/omraadet`,
    // An editor gets the form back with what to correct (no series chosen); nobody else gets that far.
    form: { series: "" },
    expect: (role, rel) => (planEditing(role, rel) === 200 ? 400 : planEditing(role, rel)),
    anonymous: 302,
  },
  {
    route: "/planer/:slug/omraadet/indlaes",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/omraadet/indlaes`,
    expect: planEditing,
    anonymous: 302,
  },
  {
    route: "/planer/:slug/omraadet/indlaes",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/omraadet/indlaes`,
    form: { intent: "check-mapping", uploadId: "x" },
    // An editor is told the file is no longer kept; nobody else gets that far.
    expect: (role, rel) => (planEditing(role, rel) === 200 ? 400 : planEditing(role, rel)),
    anonymous: 302,
  },
  planPage("/planer/:slug/undersoegelser", () => "/undersoegelser"),
  {
    route: "/planer/:slug/undersoegelser",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/undersoegelser`,
    form: { title: "" },
    expect: (role, rel) => (planEditing(role, rel) === 200 ? 400 : planEditing(role, rel)),
    anonymous: 302,
  },
  {
    // No survey with this id in any plan: readers of the plan learn only that; others not even that the plan exists.
    route: "/planer/:slug/undersoegelser/:surveyId",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/undersoegelser/00000000-0000-4000-8000-000000000000`,
    expect: () => 404,
    anonymous: 302,
  },
  {
    route: "/planer/:slug/undersoegelser/:surveyId",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/undersoegelser/00000000-0000-4000-8000-000000000000`,
    form: { intent: "round", label: "x" },
    expect: (role, rel) => (planEditing(role, rel) === 200 ? 404 : planEditing(role, rel)),
    anonymous: 302,
  },
  planPage("/planer/:slug/tryghedsvandringer", () => "/tryghedsvandringer"),
  {
    route: "/planer/:slug/tryghedsvandringer",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/tryghedsvandringer`,
    form: { title: "" },
    expect: (role, rel) => (planEditing(role, rel) === 200 ? 400 : planEditing(role, rel)),
    anonymous: 302,
  },
  {
    // No walk with this id: readers of the plan learn only that.
    route: "/planer/:slug/tryghedsvandringer/:walkId",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/tryghedsvandringer/00000000-0000-4000-8000-000000000000`,
    expect: () => 404,
    anonymous: 302,
  },
  {
    route: "/planer/:slug/tryghedsvandringer/:walkId",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/tryghedsvandringer/00000000-0000-4000-8000-000000000000`,
    form: { intent: "place", problem: "x" },
    expect: (role, rel) => (planEditing(role, rel) === 200 ? 404 : planEditing(role, rel)),
    anonymous: 302,
  },
  {
    route: "/planer/:slug/tryghedsvandringer/:walkId/foto/:placeId",
    method: "GET",
    path: (f, rel) =>
      `/planer/${f.plan[rel]}/tryghedsvandringer/00000000-0000-4000-8000-000000000000/foto/00000000-0000-4000-8000-000000000000`,
    expect: () => 404,
    anonymous: 302,
  },
  {
    // The anonymous answering page: an unknown token is not found, signed in or not.
    route: "/u/:token",
    method: "GET",
    path: () => "/u/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    expect: () => 404,
    anonymous: 404,
  },
  {
    route: "/u/:token",
    method: "POST",
    path: () => "/u/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    form: { "q.tryg": "tryg" },
    expect: () => 404,
    anonymous: 404,
  },
  {
    route: "/planer/:slug/opfoelgning",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/opfoelgning`,
    // An editor gets the form back with what to correct (no status chosen); nobody else gets that far.
    form: { intent: "milestone", key: "x" },
    expect: (role, rel) => (planEditing(role, rel) === 200 ? 400 : planEditing(role, rel)),
    anonymous: 302,
  },
];
