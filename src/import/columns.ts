/** Column layouts of the delimited datasets we import (no header in GDELT; ICEWS has one). */

// GDELT event export columns. 2.0 = 61; 1.0 = 57 (no ADM2 codes, no SOURCEURL) or 58 (with SOURCEURL).
const GDELT_HEAD = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...['Actor1', 'Actor2'].flatMap((a) => [
    `${a}Code`, `${a}Name`, `${a}CountryCode`, `${a}KnownGroupCode`, `${a}EthnicCode`, `${a}Religion1Code`,
    `${a}Religion2Code`, `${a}Type1Code`, `${a}Type2Code`, `${a}Type3Code`,
  ]),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions',
  'NumSources', 'NumArticles', 'AvgTone',
];
const geo = (prefix: string, adm2: boolean) => [
  `${prefix}_Type`, `${prefix}_FullName`, `${prefix}_CountryCode`, `${prefix}_ADM1Code`,
  ...(adm2 ? [`${prefix}_ADM2Code`] : []), `${prefix}_Lat`, `${prefix}_Long`, `${prefix}_FeatureID`,
];
const gdeltColumns = (adm2: boolean, url: boolean) => [
  ...GDELT_HEAD, ...['Actor1Geo', 'Actor2Geo', 'ActionGeo'].flatMap((g) => geo(g, adm2)), 'DATEADDED',
  ...(url ? ['SOURCEURL'] : []),
];
export const GDELT_COLUMNS = {
  gdelt1: gdeltColumns(false, false),
  'gdelt1-url': gdeltColumns(false, true),
  gdelt2: gdeltColumns(true, true),
} as const;

export const ICEWS_COLUMNS = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code',
  'Intensity', 'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher',
  'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude',
];
