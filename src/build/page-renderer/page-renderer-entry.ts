/**
 * The module Vite compiles for the page renderer (compile-renderer.ts): the route components
 * `astro build` uses for the pages there are many of (records, library holdings, browse
 * lists and groups) and for those made from the whole catalogue (the browse indexes, the
 * acquisition reports), rendered with Astro's container API. Nothing here knows about files or
 * workers; the compiled bundle is imported by render-worker.ts.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import RecordRoute from '../../components/RecordRoute.astro';
import LibraryPage from '../../components/LibraryPage.astro';
import BrowseKindRoute from '../../components/BrowseKindRoute.astro';
import BrowseGroupPage from '../../components/BrowseGroupPage.astro';
import BrowseIndexPage from '../../components/BrowseIndexPage.astro';
import BrowseListIndexPage from '../../components/BrowseListIndexPage.astro';
import AcquisitionPage from '../../components/reports/AcquisitionPage.astro';
import type { AcquisitionPageProps } from '../../reports/acquisition-pages.ts';
import { byteTextOfBytes, type ByteText } from './byte-text.ts';
import type { UnionRecord } from '../../shared/catalog-schema.ts';
import type { Lang } from '../../shared/i18n/strings.ts';
import type { BrowseGroupPageProps, BrowseIndexProps, BrowseKindPageProps, BrowseListIndexProps, LibraryPageProps } from '../../site/page-lists.ts';

/** What lives at r/<id>.html: the props RecordRoute takes from getStaticPaths. */
// Types, not interfaces: the container takes props as a plain record of values.
export type RecordRouteProps = {
  lang: Lang;
  id: string;
  record?: UnionRecord;
  movedTo?: string;
  goneId?: string;
};

/** A page and the route component it comes from, with that component's props. */
export type RoutedPage =
  | { route: 'record'; props: RecordRouteProps }
  | { route: 'library'; props: LibraryPageProps & { lang: Lang } }
  | { route: 'browse-list'; props: BrowseKindPageProps & { lang: Lang } }
  | { route: 'browse-group'; props: BrowseGroupPageProps & { lang: Lang } }
  | { route: 'browse-index'; props: BrowseIndexProps & { lang: Lang } }
  | { route: 'browse-list-index'; props: BrowseListIndexProps & { lang: Lang } }
  | { route: 'acquisition'; props: AcquisitionPageProps & { lang: Lang } };

export type PageRoute = RoutedPage['route'];

const components = {
  record: RecordRoute,
  library: LibraryPage,
  'browse-list': BrowseKindRoute,
  'browse-group': BrowseGroupPage,
  'browse-index': BrowseIndexPage,
  'browse-list-index': BrowseListIndexPage,
  acquisition: AcquisitionPage,
};

/**
 * A renderer of whole pages, one page at a time (each call awaited before the next), each page
 * given as the UTF-8 bytes the container made, in byte text (byte-text.ts). `inlinedScripts` maps a bundled script's id to the code
 * `astro build` inlined for it (found by comparing a probe page, see page-frame.ts); without
 * it a script renders as `<script type="module" src="<id>">`.
 */
export async function createPageRenderer(inlinedScripts = new Map<string, string>()): Promise<(page: RoutedPage) => Promise<ByteText>> {
  // The container's manifest type wants a full SSR manifest; it fills in defaults for the rest.
  const create = () => AstroContainer.create({ manifest: { inlinedScripts } as never });
  let container = await create();
  let rendered = 0;
  return async ({ route, props }) => {
    // Each render adds a route to the container, which it then finds by a linear search:
    // a container kept for a whole catalogue would make rendering quadratic and keep every
    // page's route in memory. A fresh one every few hundred pages keeps both flat.
    if (++rendered % pagesPerContainer === 0) container = await create();
    const response = await container.renderToResponse(components[route], { props, partial: false });
    return byteTextOfBytes(new Uint8Array(await response.arrayBuffer()));
  };
}

const pagesPerContainer = 500;
