/** What the decoder made of a file's bytes. */
export interface DecodedText {
  text: string;
  /** e.g. utf-8, gb18030, utf-16le. */
  encoding: string;
  /** The format the bytes were read as. */
  format: 'text' | 'html' | 'docx' | 'pdf';
  /** Something the editor should know, e.g. where bytes invalid in the encoding were replaced. */
  warning?: string;
}

export interface DecodeOptions {
  /** Content-Type from S3, if any. */
  contentType?: string;
  /** Object key or file name (its extension is a hint). */
  key?: string;
  /** Reject files larger than this many bytes (default 5 MiB). */
  maxBytes?: number;
}
