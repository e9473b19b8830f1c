/** Database locations: which are server URLs, and how to print one without its password. */

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** A location fit to print: a URL's password is replaced by `***`. */
export function displayLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const u = new URL(location);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return location.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
  }
}
