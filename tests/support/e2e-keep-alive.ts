/**
 * How long the end-to-end servers keep an idle connection open: longer than any pause in a test. Playwright's request
 * contexts keep sockets alive without reading the server's Keep-Alive hint, so with Node's 5 s default a request sent
 * after a pause of about 5 s could go out on a socket the server was closing: `read ECONNRESET`
 * (microsoft/playwright#42698).
 */
export const E2E_KEEP_ALIVE_ARGS = ["--keepAliveTimeout", "120000"];
