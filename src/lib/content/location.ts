/**
 * The content folder, relative to the project root. Tests point `CONTENT_DIR` at a fixture folder to build
 * broken content for real; readers and authors never need to set it.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';
