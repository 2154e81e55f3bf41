/** What Vite replaces at build time (only the variables this page reads). */
interface ImportMetaEnv {
  /** The deployed API's GraphQL URL; empty for the local stack, where the API is on the same origin. */
  readonly VITE_GRAPHQL_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
