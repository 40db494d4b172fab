/** Plan text as paragraphs: a blank line starts a new paragraph. */
export function TextBlock({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph) => (
        <p key={paragraph.slice(0, 80)} className="plan-text">
          {paragraph.trim()}
        </p>
      ))}
    </>
  );
}

/** A list of short texts (purposes, deliverables); nothing when empty. */
export function BulletList({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** A titled section that disappears when it has nothing to show. */
export function Section({
  title,
  show = true,
  level = 2,
  children,
}: {
  title: string;
  show?: boolean;
  level?: 2 | 3;
  children: React.ReactNode;
}) {
  if (!show) return null;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="plan-section">
      <Heading>{title}</Heading>
      {children}
    </section>
  );
}

/** A definition list of labelled facts; facts without a value are left out. */
export function Facts({ items }: { items: { label: string; value?: React.ReactNode }[] }) {
  const shown = items.filter((i) => i.value !== undefined && i.value !== null && i.value !== "");
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map((item) => (
        <div key={item.label} className="facts-row">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A wide table that scrolls sideways on its own, reachable with the keyboard. */
export function ScrollTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll with the keyboard
    <section className="table--responsive-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
