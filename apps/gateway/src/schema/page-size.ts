/** Connections return DEFAULT_PAGE_SIZE items unless asked, and never more than MAX_PAGE_SIZE. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
