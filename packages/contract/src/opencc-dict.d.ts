/** opencc-js ships its dictionaries as modules exporting one `a b|c d` string; its types omit them. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
