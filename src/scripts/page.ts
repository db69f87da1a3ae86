/** The script of every page, inlined as a classic script (see src/components/InlineScript.astro). */
import { initThemeToggle } from './theme';
import { initSearch } from './search';
import { initCopyButtons } from './copy';
import { highlightSearchTerms } from './highlight';
import { registerServiceWorker } from './registerServiceWorker';
import { initPlaceholders } from './placeholders';
import { initScrollSpy } from './scrollSpy';
import { initScrollRegions } from './scrollRegions';
import { initDiagrams } from './diagrams';
import { initMenu } from './menu';
import { showEndOfLifeNotices } from './endOfLife';

showEndOfLifeNotices();
initThemeToggle();
initMenu();
initCopyButtons();
initPlaceholders();
highlightSearchTerms();
initSearch();
initScrollSpy();
initScrollRegions();
initDiagrams();
registerServiceWorker();
