/**
 * Stands in for `@whatwg-node/node-fetch` in the Lambda bundles: the Fetch API of the Node
 * runtime itself (Node 20+ has fetch, Request, Response, streams and Blob built in), so the
 * bundle does not carry a second implementation (the ponyfill and its multipart parser, ~75 kB)
 * that a cold start must parse. `@whatwg-node/fetch` loads this module only to read these names.
 */
export const {
  fetch,
  Headers,
  Request,
  Response,
  FormData,
  ReadableStream,
  WritableStream,
  TransformStream,
  CompressionStream,
  DecompressionStream,
  TextDecoderStream,
  TextEncoderStream,
  Blob,
  File,
  URL,
  URLSearchParams,
  TextEncoder,
  TextDecoder,
  btoa,
} = globalThis;
