/** Written by server/build/pictogramBundlePlugin.ts at build time (and by the dev server). */
declare module 'virtual:pictogram-bundle' {
  export const PICTOGRAM_BUNDLE: {
    /** Root-relative, e.g. `/assets/pictograms-0123456789ab.json`. */
    url: string;
    /** Of the bundle's content: the key of the device's copy. */
    hash: string;
  };
}
