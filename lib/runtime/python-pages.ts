/** The pages that run Python (every lesson and the playground): their worker starts at once. */
const PYTHON_PAGES = /^\/(?:lessons\/[^/]+|playground)\/?$/;

export function isPythonPage(pathname: string): boolean {
  return PYTHON_PAGES.test(pathname);
}
