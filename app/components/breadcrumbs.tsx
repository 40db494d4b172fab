import { Link } from "react-router";
import { useTranslation } from "~/i18n/use-translation";

/** DKFDS breadcrumbs; the last item is the current page. */
export function Breadcrumbs({ items }: { items: { label: string; to?: string }[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t("nav.breadcrumbs")}>
      <ol className="breadcrumbs__list">
        {items.map((item) => (
          <li key={`${item.label}${item.to ?? ""}`} className="breadcrumbs__list-item">
            {item.to ? (
              <Link to={item.to} className="breadcrumbs__link">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
