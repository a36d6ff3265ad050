/** The file the report pages read from the site-data folder. */
export const reportDataFile = 'reports.json';
