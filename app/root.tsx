import dkfdsCss from "dkfds/dist/css/dkfds.min.css?url";
import { useEffect, useMemo, useRef } from "react";
import { I18nextProvider } from "react-i18next";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { authMiddleware, csrfMiddleware } from "./.server/http/middleware";
import { currentUserContext, requestInfoContext } from "./.server/request-context";
import type { Route } from "./+types/root";
import appCss from "./app.css?url";
import { OutboxPanel } from "./components/offline/outbox-panel";
import { getI18n } from "./i18n";
import { languageOfCookies } from "./language-cookie";
import tapTargetsCss from "./tap-targets.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: dkfdsCss },
  { rel: "stylesheet", href: appCss },
  { rel: "stylesheet", href: tapTargetsCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const middleware: Route.MiddlewareFunction[] = [csrfMiddleware, authMiddleware];

export function loader({ request, context }: Route.LoaderArgs) {
  const info = context.get(requestInfoContext);
  const current = context.get(currentUserContext);
  return {
    lang: languageOfCookies(request.headers.get("Cookie")),
    csrfToken: info.csrfToken,
    nonce: info.nonce,
    user: current && !current.needsSecondFactor ? { name: current.actor.name, email: current.actor.email } : null,
  };
}

/** The root data every page can read: language, CSRF token, CSP nonce, signed-in user. */
export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRootData();
  const lang = data?.lang ?? "da";
  const nonce = data?.nonce;
  const i18n = useMemo(() => getI18n(lang), [lang]);
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <Chrome lang={lang} user={data?.user ?? null} csrfToken={data?.csrfToken ?? ""}>
            {children}
          </Chrome>
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Chrome({
  lang,
  user,
  csrfToken,
  children,
}: {
  lang: "da" | "en";
  user: { name: string; email: string } | null;
  csrfToken: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // After a navigation inside the app, put the focus at the start of the new page's content,
  // as a full page load would (keyboard and screen-reader users start from the top).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else if (!location.hash) main.current?.focus();
  }, [location.pathname]);
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t("app.skipToContent")}
      </a>
      <SiteHeader user={user} csrfToken={csrfToken} />
      <main
        className={`container page-container${location.pathname.startsWith("/log") ? " log-page" : ""}`}
        id="main-content"
        ref={main}
        tabIndex={-1}
      >
        {user ? <OutboxPanel owner={user.email} /> : null}
        {children}
      </main>
      <SiteFooter lang={lang} csrfToken={csrfToken} />
    </>
  );
}

/** The page header: the name, and for a signed-in user the menu and signing out. */
function SiteHeader({ user, csrfToken }: { user: { name: string; email: string } | null; csrfToken: string }) {
  const { t } = useTranslation();
  return (
    <header className="header helhed-header">
      <div className="container helhed-header-inner">
        <a href="/" className="helhed-brand">
          {t("app.name")}
        </a>
        <p className="helhed-tagline">{t("app.tagline")}</p>
        {user ? (
          <div className="helhed-user">
            <a href="/log">{t("nav.log")}</a>
            <a href="/portefoelje">{t("nav.portfolio")}</a>
            <a href="/organisation">{t("nav.organisations")}</a>
            <a href="/konto">{user.name}</a>
            <form method="post" action="/log-ud">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <button type="submit" className="button button-secondary">
                {t("auth.signOut")}
              </button>
            </form>
          </div>
        ) : null}
      </div>
    </header>
  );
}

/** The page footer with the language switch, which returns to the page it was used on. */
function SiteFooter({ lang, csrfToken }: { lang: "da" | "en"; csrfToken: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <p>{t("app.footer")}</p>
          <form method="post" action="/sprog" className="language-form">
            <input type="hidden" name="_csrf" value={csrfToken} />
            <input type="hidden" name="returnTo" value={location.pathname + location.search} />
            <span id="language-label">{t("app.language")}:</span>
            {(["da", "en"] as const).map((l) => (
              <button
                key={l}
                type="submit"
                name="lang"
                value={l}
                lang={l}
                className="button button-tertiary"
                aria-pressed={l === lang}
                aria-describedby="language-label"
              >
                {t(`app.languages.${l}`)}
              </button>
            ))}
          </form>
        </div>
      </div>
    </footer>
  );
}

export default function App() {
  // Marks the page as interactive once React has taken over the server's HTML (tests wait for it).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message =
    isRouteErrorResponse(error) && typeof error.data?.message === "string" ? error.data.message : undefined;
  const title =
    status === 404 ? t("error.notFoundTitle") : status === 403 ? t("error.forbiddenTitle") : t("error.title");
  const text = status === 404 ? t("error.notFound") : status < 500 && message ? message : t("error.internal");
  return (
    <div className="error-page">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{t("error.back")}</a>
      </p>
    </div>
  );
}
