import { Link, useLocation } from 'react-router';
import { cx } from '@esm-planner/dashboard-ui';
import { isActiveItem, navigationFor } from './navigation';

export type SidebarProps = {
  id: string;
  organizationId: string | undefined;
};

/**
 * Section navigation. Sections that later work will fill are listed but are
 * not links: they carry aria-disabled and a "soon" tag instead of leading to
 * empty pages.
 */
export function Sidebar({ id, organizationId }: SidebarProps) {
  const { pathname } = useLocation();
  return (
    <nav id={id} className="app__sidebar" aria-label="Sections">
      <ul className="nav">
        {navigationFor(organizationId).map((item) => (
          <li key={item.label}>
            {item.href ? (
              <Link
                to={item.href}
                aria-current={isActiveItem(item, pathname) ? 'page' : undefined}
                className={cx(
                  'nav__item',
                  isActiveItem(item, pathname) && 'nav__item--active',
                )}
              >
                {item.label}
              </Link>
            ) : (
              <span
                className="nav__item nav__item--disabled"
                aria-disabled="true"
              >
                {item.label}
                <span className="nav__soon">soon</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
