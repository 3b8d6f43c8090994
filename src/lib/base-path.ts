// Where the site is served from, as the build was configured: "/" or "/tally/".

/** The app's base path, e.g. "/" or "/tally/". */
export const BASE_PATH: string = import.meta.env.BASE_URL;
