import { NavLink } from 'react-router';
import { cx } from '@esm-planner/dashboard-ui';
import { navigationFor } from './navigation';

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
  return (
    <nav id={id} className="app__sidebar" aria-label="Sections">
      <ul className="nav">
        {navigationFor(organizationId).map((item) => (
          <li key={item.label}>
            {item.href ? (
              <NavLink
                to={item.href}
                className={({ isActive }) =>
                  cx('nav__item', isActive && 'nav__item--active')
                }
              >
                {item.label}
              </NavLink>
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
