import type { Role } from "~/.server/db/schema/accounts";
import { areaRows } from "./route-matrix-area";

/** How a user relates to the resource a request is about. */
export type Relation = "own" | "shared" | "other";
export const relations: Relation[] = ["own", "shared", "other"];

/** The fixtures a row can point at: the plan and organisation for each relation. */
export interface MatrixFixture {
  plan: Record<Relation, string>;
  organisation: Record<Relation, string>;
  activity: string;
  focusArea: string;
  event: Record<Relation, string>;
  participant: Record<Relation, string>;
  course: Record<Relation, string>;
}

/** A row: which request to make for a relation, and the expected status per role and relation. */
export interface MatrixRow {
  /** The route pattern as in app/routes.ts (every route must have a row). */
  route: string;
  method: "GET" | "POST";
  path: (f: MatrixFixture, rel: Relation) => string;
  form?: Record<string, string>;
  expect: (role: Role, rel: Relation) => number;
  /** What an anonymous visitor gets. */
  anonymous: number;
}

const planRead = () => (_role: Role, rel: Relation) => (rel === "other" ? 404 : 200);
const planPage = (route: string, suffix: (f: MatrixFixture) => string): MatrixRow => ({
  route,
  method: "GET",
  path: (f, rel) => `/planer/${f.plan[rel]}${suffix(f)}`,
  expect: planRead(),
  anonymous: 302,
});
const manage = (role: Role, rel: Relation) => (rel !== "own" ? 404 : role === "administrator" ? 200 : 403);
const readers: Role[] = ["steeringReader", "portfolioReader"];
/**
 * Work in activity a1 of the plan: the owner's administrators and plan managers, its staff
 * (assigned to a1) and the partner organisation responsible for a1 (the "shared" relation).
 */
export const activityWork = (role: Role, rel: Relation) => {
  if (rel === "other") return 404;
  if (readers.includes(role)) return 403;
  if (rel === "shared") return 200;
  return role === "partnerStaff" ? 403 : 200;
};
/** Person-level rights (export, access log): only the owner's administrators and plan managers. */
const personRights = (role: Role, rel: Relation) =>
  rel === "other" ? 404 : rel === "own" && (role === "administrator" || role === "planManager") ? 200 : 403;
/** Målopfyldelse: everyone related to the plan but partner staff (who see only their own activities' logbook). */
const attainmentRead = (role: Role, rel: Relation) => (rel === "other" ? 404 : role === "partnerStaff" ? 403 : 200);
/** Writing the plan (editor, versions, follow-up): the owner's administrators and plan managers. */
const planEditing = personRights;
/** Sensitive fields: only administrators in the matrix have the sensitive-data flag. */
const sensitive = (role: Role, rel: Relation) => (rel === "other" ? 404 : role === "administrator" ? 200 : 403);
const logRow = (
  route: string,
  path: (f: MatrixFixture, rel: Relation) => string,
  method: "GET" | "POST" = "GET",
  form?: Record<string, string>,
  expect: (role: Role, rel: Relation) => number = activityWork,
): MatrixRow => ({
  route,
  method,
  path,
  form,
  expect,
  anonymous: 302,
});

/**
 * The permission matrix of every route. The test in permission-matrix.test.ts makes each request
 * as each role in each relation and checks the status; it fails when a route has no row.
 */
export const routeMatrix: MatrixRow[] = [
  // A steering-group reader with one plan goes straight to its meeting view ("Til styregruppemødet").
  {
    route: "/",
    method: "GET",
    path: () => "/",
    expect: (role) => (role === "steeringReader" ? 302 : 200),
    anonymous: 302,
  },
  { route: "/log", method: "GET", path: () => "/log", expect: () => 200, anonymous: 302 },
  {
    route: "/sprog",
    method: "POST",
    path: () => "/sprog",
    form: { lang: "en", returnTo: "/" },
    expect: () => 302,
    anonymous: 302,
  },
  { route: "/logind", method: "GET", path: () => "/logind", expect: () => 302, anonymous: 200 },
  {
    route: "/logind",
    method: "POST",
    path: () => "/logind",
    form: { email: "ingen@x.dk", password: "forkert forkert" },
    expect: () => 302,
    anonymous: 400,
  },
  { route: "/logind/totp", method: "GET", path: () => "/logind/totp", expect: () => 302, anonymous: 302 },
  {
    route: "/logind/sso/callback",
    method: "GET",
    path: () => "/logind/sso/callback?code=x&state=y",
    expect: () => 400,
    anonymous: 400,
  },
  {
    route: "/logind/sso/:organisation",
    method: "GET",
    path: (f, rel) => `/logind/sso/${f.organisation[rel]}`,
    expect: () => 404,
    anonymous: 404,
  },
  { route: "/log-ud", method: "POST", path: () => "/log-ud", form: {}, expect: () => 302, anonymous: 302 },
  {
    route: "/nulstil-adgangskode",
    method: "GET",
    path: () => "/nulstil-adgangskode",
    expect: () => 200,
    anonymous: 200,
  },
  {
    route: "/nulstil-adgangskode/:token",
    method: "GET",
    path: () => "/nulstil-adgangskode/ugyldig",
    expect: () => 200,
    anonymous: 200,
  },
  { route: "/konto", method: "GET", path: () => "/konto", expect: () => 200, anonymous: 302 },
  {
    route: "/konto",
    method: "POST",
    path: () => "/konto",
    form: { intent: "end-others" },
    expect: () => 200,
    anonymous: 302,
  },
  { route: "/organisation", method: "GET", path: () => "/organisation", expect: () => 200, anonymous: 302 },
  // Every signed-in user sees the portfolio page; it lists only plans whose målopfyldelse they may read.
  { route: "/portefoelje", method: "GET", path: () => "/portefoelje", expect: () => 200, anonymous: 302 },
  {
    route: "/organisation/:organisation",
    method: "GET",
    path: (f, rel) => `/organisation/${f.organisation[rel]}`,
    expect: manage,
    anonymous: 302,
  },
  {
    route: "/organisation/:organisation",
    method: "POST",
    path: (f, rel) => `/organisation/${f.organisation[rel]}`,
    form: { intent: "settings", oidcIssuer: "", oidcClientId: "", oidcClientSecret: "", oidcEmailDomain: "" },
    expect: manage,
    anonymous: 302,
  },
  logRow("/log/:slug/:activityKey", (f, rel) => `/log/${f.plan[rel]}/${f.activity}`),
  logRow("/log/:slug/ny/arrangement", (f, rel) => `/log/${f.plan[rel]}/ny/arrangement?aktivitet=${f.activity}`),
  logRow(
    "/log/:slug/ny/arrangement",
    (f, rel) => `/log/${f.plan[rel]}/ny/arrangement?aktivitet=${f.activity}`,
    "POST",
    { activityKey: "a1", type: "arrangement", date: "2018-02-01", headcount: "4" },
    (role, rel) => (activityWork(role, rel) === 200 ? 302 : activityWork(role, rel)),
  ),
  logRow("/log/:slug/ny/serie", (f, rel) => `/log/${f.plan[rel]}/ny/serie?aktivitet=${f.activity}`),
  logRow("/log/:slug/ny/deltager", (f, rel) => `/log/${f.plan[rel]}/ny/deltager?aktivitet=${f.activity}`),
  logRow("/log/:slug/ny/forloeb", (f, rel) => `/log/${f.plan[rel]}/ny/forloeb?aktivitet=${f.activity}`),
  logRow("/log/:slug/ny/henvendelse", (f, rel) => `/log/${f.plan[rel]}/ny/henvendelse?aktivitet=${f.activity}`),
  logRow("/log/:slug/timer", (f, rel) => `/log/${f.plan[rel]}/timer?aktivitet=${f.activity}`),
  logRow("/log/:slug/excel", (f, rel) => `/log/${f.plan[rel]}/excel`),
  // Without a file the form comes back asking for one; nothing is read or written.
  logRow(
    "/log/:slug/excel",
    (f, rel) => `/log/${f.plan[rel]}/excel`,
    "POST",
    { intent: "check" },
    (role, rel) => (activityWork(role, rel) === 200 ? 400 : activityWork(role, rel)),
  ),
  // Where someone's background import has got to: an import that is not theirs is not found.
  logRow(
    "/log/:slug/excel/import/:id",
    (f, rel) => `/log/${f.plan[rel]}/excel/import/00000000-0000-4000-8000-000000000000`,
    "GET",
    undefined,
    (role, rel) => (activityWork(role, rel) === 200 ? 404 : activityWork(role, rel)),
  ),
  logRow("/log/:slug/excel/skabelon.xlsx", (f, rel) => `/log/${f.plan[rel]}/excel/skabelon.xlsx`),
  logRow("/log/:slug/excel/eksport.xlsx", (f, rel) => `/log/${f.plan[rel]}/excel/eksport.xlsx`),
  // An import nobody started is not found, for those who may log at all.
  logRow(
    "/log/:slug/excel/import/:id",
    (f, rel) => `/log/${f.plan[rel]}/excel/import/00000000-0000-4000-8000-000000000000`,
    "GET",
    undefined,
    (role, rel) => (activityWork(role, rel) === 200 ? 404 : activityWork(role, rel)),
  ),
  logRow("/log/:slug/arrangement/:eventId", (f, rel) => `/log/${f.plan[rel]}/arrangement/${f.event[rel]}`),
  // Attendance is taken on the attendance screen now; details without a type are refused (nothing changes).
  logRow(
    "/log/:slug/arrangement/:eventId",
    (f, rel) => `/log/${f.plan[rel]}/arrangement/${f.event[rel]}`,
    "POST",
    { intent: "details" },
    (role, rel) => (activityWork(role, rel) === 200 ? 400 : activityWork(role, rel)),
  ),
  logRow("/log/:slug/:activityKey/fremmoede", (f, rel) => `/log/${f.plan[rel]}/${f.activity}/fremmoede`),
  // One save with nothing ticked: the day's session is found or made, and the screen opens on it.
  logRow(
    "/log/:slug/:activityKey/fremmoede",
    (f, rel) => `/log/${f.plan[rel]}/${f.activity}/fremmoede`,
    "POST",
    { intent: "save" },
    (role, rel) => (activityWork(role, rel) === 200 ? 302 : activityWork(role, rel)),
  ),
  logRow("/log/:slug/forloeb/:courseId", (f, rel) => `/log/${f.plan[rel]}/forloeb/${f.course[rel]}`),
  logRow("/log/:slug/deltager/:participantId", (f, rel) => `/log/${f.plan[rel]}/deltager/${f.participant[rel]}`),
  logRow(
    "/log/:slug/deltager/:participantId",
    (f, rel) => `/log/${f.plan[rel]}/deltager/${f.participant[rel]}`,
    "POST",
    { intent: "reveal" },
    sensitive,
  ),
  logRow(
    "/log/:slug/deltager/:participantId/udtraek",
    (f, rel) => `/log/${f.plan[rel]}/deltager/${f.participant[rel]}/udtraek`,
    "POST",
    { format: "json" },
    personRights,
  ),
  logRow(
    "/log/:slug/deltager/:participantId/adgang",
    (f, rel) => `/log/${f.plan[rel]}/deltager/${f.participant[rel]}/adgang`,
    "GET",
    undefined,
    personRights,
  ),
  planPage("/planer/:slug", () => ""),
  planPage("/planer/:slug/indsatsomraader/:focusAreaKey", (f) => `/indsatsomraader/${f.focusArea}`),
  planPage("/planer/:slug/aktiviteter/:activityKey", (f) => `/aktiviteter/${f.activity}`),
  planPage("/planer/:slug/milepaele", () => "/milepaele"),
  planPage("/planer/:slug/organisering", () => "/organisering"),
  planPage("/planer/:slug/oekonomi", () => "/oekonomi"),
  planPage("/planer/:slug/forandringsteori", () => "/forandringsteori"),
  planPage("/planer/:slug/versioner", () => "/versioner"),
  planPage("/planer/:slug/versioner/forskel.docx", () => "/versioner/forskel.docx"),
  planPage("/planer/:slug/opfoelgning", () => "/opfoelgning"),
  // The meeting view shows målopfyldelse: readers of figures, not partners' staff.
  { ...planPage("/planer/:slug/styregruppe", () => "/styregruppe"), expect: attainmentRead },
  ...areaRows,
  {
    route: "/planer/:slug/rediger",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/rediger`,
    expect: planEditing,
    anonymous: 302,
  },
  {
    route: "/planer/:slug/rediger",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/rediger`,
    form: { intent: "start" },
    expect: (role, rel) => (planEditing(role, rel) === 200 ? 302 : planEditing(role, rel)),
    anonymous: 302,
  },
  {
    route: "/planer/:slug/rediger/:section/:key?",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/rediger/aktivitet/${f.activity}`,
    expect: planEditing,
    anonymous: 302,
  },
  {
    route: "/planer/:slug/rediger/:section/:key?",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/rediger/grundoplysninger`,
    // A check (dry run) of the basics as they are: answers 200 to editors and changes nothing.
    form: {
      intent: "check",
      title: "Mini",
      kind: "tryghedsplan",
      "period.start": "2017-01-01",
      "period.end": "2020-12-31",
      "owner.name": "Lejerbo København",
    },
    expect: planEditing,
    anonymous: 302,
  },
  {
    route: "/planer/:slug/maalopfyldelse",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/maalopfyldelse?periode=plan`,
    expect: attainmentRead,
    anonymous: 302,
  },
  {
    route: "/planer/:slug/maalopfyldelse/indsatsomraade/:focusAreaKey",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/maalopfyldelse/indsatsomraade/${f.focusArea}`,
    expect: attainmentRead,
    anonymous: 302,
  },
  {
    route: "/planer/:slug/maalopfyldelse/aktivitet/:activityKey",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/maalopfyldelse/aktivitet/${f.activity}`,
    expect: attainmentRead,
    anonymous: 302,
  },
  {
    route: "/planer/:slug/maalopfyldelse/:criterionKey",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/maalopfyldelse/c1?periode=plan`,
    expect: attainmentRead,
    anonymous: 302,
  },
  {
    route: "/planer/:slug/maalopfyldelse/:criterionKey",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/maalopfyldelse/fc`,
    // A survey figure without a source: an editor gets the form back with what to add; nothing is saved.
    form: { period: "2018", value: "55" },
    expect: (role, rel) => (planEditing(role, rel) === 200 ? 400 : planEditing(role, rel)),
    anonymous: 302,
  },
  {
    route: "/planer/:slug/rapporter",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/rapporter?kind=plan&vis=1`,
    expect: planRead(),
    anonymous: 302,
  },
  {
    route: "/planer/:slug/rapporter",
    method: "POST",
    path: (f, rel) => `/planer/${f.plan[rel]}/rapporter`,
    form: { periode: "plan", "note:summary": "Kort status." },
    expect: (role, rel) => (planEditing(role, rel) === 200 ? 302 : planEditing(role, rel)),
    anonymous: 302,
  },
  {
    route: "/planer/:slug/rapporter/fil",
    method: "GET",
    path: (f, rel) => `/planer/${f.plan[rel]}/rapporter/fil?kind=status&periode=plan&audience=internal&format=html`,
    // The internal status note has true figures: the owner's staff, plan managers and administrators, and partners' staff roles with internal rights.
    expect: (role, rel) =>
      rel === "other" ? 404 : rel === "own" && ["administrator", "planManager", "staff"].includes(role) ? 200 : 403,
    anonymous: 302,
  },
  {
    route: "/planer/ny",
    method: "GET",
    path: () => "/planer/ny",
    expect: (role) => (role === "administrator" || role === "planManager" ? 200 : 403),
    anonymous: 302,
  },
  {
    route: "/planer/ny",
    method: "POST",
    path: () => "/planer/ny",
    // Without a title and period the form comes back with what to fill in; nothing is created.
    form: { start: "projekt", slug: "matrix-ny" },
    expect: () => 400,
    anonymous: 302,
  },
  {
    route: "/planer/indlaes",
    method: "GET",
    path: () => "/planer/indlaes",
    expect: (role) => (role === "administrator" || role === "planManager" ? 200 : 403),
    anonymous: 302,
  },
  // Without a document the form (and the reading with progress) answers at once what to choose;
  // nothing is read or created.
  ...["/planer/indlaes", "/planer/indlaes/laes"].map(
    (route): MatrixRow => ({
      route,
      method: "POST",
      path: () => route,
      form: { intent: "read" },
      expect: (role) => (role === "administrator" || role === "planManager" ? 400 : 403),
      anonymous: 302,
    }),
  ),
];
