import { Suspense } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { lazyPage } from './lazy-page';

function TimelinePage() {
  return <h1>Timeline</h1>;
}

function html(Page: ReturnType<typeof lazyPage>): string {
  return renderToStaticMarkup(
    <Suspense fallback={<p>Loading…</p>}>
      <Page />
    </Suspense>,
  );
}

describe('lazyPage', () => {
  it('shows the fallback while the page’s code has not arrived', () => {
    const Page = lazyPage(() => new Promise<never>(() => undefined), 'X');
    expect(html(Page)).toBe('<p>Loading…</p>');
  });

  // React.lazy suspends on its first render even for a module that has
  // arrived, and React 19 then holds the page back 300 ms (decision 0034).
  it('renders a preloaded page at once, without suspending', async () => {
    let imports = 0;
    const Page = lazyPage(async () => {
      imports += 1;
      return { TimelinePage };
    }, 'TimelinePage');
    await Page.preload();
    expect(html(Page)).toBe('<h1>Timeline</h1>');
    await Page.preload();
    expect(imports).toBe(1);
  });
});
