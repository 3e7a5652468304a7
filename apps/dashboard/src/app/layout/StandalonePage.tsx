import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PATHS } from '../routing/paths';
import './StandalonePage.css';

export type StandalonePageProps = {
  title: string;
  children: ReactNode;
  testId?: string;
};

/** A centred page outside the app shell: login, not found, errors. */
export function StandalonePage({
  title,
  children,
  testId,
}: StandalonePageProps) {
  return (
    <div className="standalone-page">
      <header className="standalone-page__brand">
        <Link to={PATHS.home} className="standalone-page__brand-link">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          ESM Planner
        </Link>
      </header>
      <main className="standalone-page__main" id="main" data-testid={testId}>
        <h1 className="standalone-page__title">{title}</h1>
        <div className="standalone-page__body">{children}</div>
      </main>
    </div>
  );
}
