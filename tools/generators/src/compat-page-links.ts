// Where the compatibility page lives, and the heading of its WPT section: the vectors target
// writes the page, the docs target's index links to it, so both read these from here.

/** The page ships in @wscodes/docs, beside the other reference pages; the vectors target renders it from the vectors. */
export const COMPAT_PAGE_FILE = 'packages/docs/compatibility.md';

/** The heading of the page's section on which close() calls web-platform-tests covers. */
export const WPT_SECTION_HEADING = 'In web-platform-tests';
