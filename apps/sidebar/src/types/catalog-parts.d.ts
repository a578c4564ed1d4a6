// A part of a message catalog, split by vite.config.ts's catalogParts plugin: some of the catalog's sections.
declare module '*.json?catalog=first' {
  const sections: Record<string, unknown>;
  export default sections;
}
declare module '*.json?catalog=later' {
  const sections: Record<string, unknown>;
  export default sections;
}
