import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { Button, cx, Icon } from '@esm-planner/dashboard-ui';
import { OrganizationSwitcher } from '../../features/organizations/OrganizationSwitcher';
import { PATHS } from '../routing/paths';
import { Sidebar } from './Sidebar';
import { UserMenu } from './UserMenu';
import './AppLayout.css';

const NAVIGATION_ID = 'app-navigation';

/** The signed-in shell: header, section navigation and the page. */
export function AppLayout() {
  const { organizationId } = useParams();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  // On tablets the navigation is a menu over the page: close it once the
  // person has chosen where to go.
  useEffect(() => setMenuOpen(false), [pathname]);

  useEffect(() => {
    if (!menuOpen) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  return (
    <div className={cx('app', menuOpen && 'app--menu-open')}>
      <a className="app__skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app__header">
        <Button
          variant="ghost"
          size="sm"
          className="app__menu-button"
          icon={<Icon name={menuOpen ? 'close' : 'menu'} />}
          ariaExpanded={menuOpen}
          ariaControls={NAVIGATION_ID}
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </Button>
        <Link to={PATHS.home} className="app__brand">
          <img src="/favicon.svg" alt="" width="26" height="26" />
          <span>ESM Planner</span>
        </Link>
        <div className="app__header-tools">
          <OrganizationSwitcher currentId={organizationId} />
          <UserMenu />
        </div>
      </header>
      <div className="app__body">
        <Sidebar id={NAVIGATION_ID} organizationId={organizationId} />
        <div
          className="app__backdrop"
          aria-hidden="true"
          onClick={() => setMenuOpen(false)}
        />
        <main id="main" className="app__main" tabIndex={-1}>
          <div className="app__content">
            <Outlet />
          </div>
        </main>
      </div>
    </div>
  );
}
