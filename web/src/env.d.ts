/** Rows of `virtual:countries` (see vite.config.ts): alpha-3, ISO numeric, common name, demonym, capital. */
declare module 'virtual:countries' {
  const rows: Array<[string, string, string, string, string]>;
  export default rows;
}

/** Entity code -> names of its office-holders and organs (see vite.config.ts). */
declare module 'virtual:aliases' {
  const aliases: Record<string, string[]>;
  export default aliases;
}
