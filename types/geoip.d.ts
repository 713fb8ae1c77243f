/**
 * The `GeoIP` class: approximate location of an address, from the MaxMind GeoLite2 databases or a
 * custom database uploaded in the Administration settings. The first call reserves memory on the
 * sensor (20 MB for countries, 100 MB for precise locations).
 */

/** Country-level location. A field is null when the database has no data for it. */
interface GeoIPCountry {
  readonly continentName: string | null;
  /**
   * ISO 3166 continent code such as `EU`. The reference types it as a Number but its own example
   * value is a string; typed as a string.
   */
  readonly continentCode: string | null;
  readonly countryName: string | null;
  /** ISO 3166 country code such as `US`. */
  readonly countryCode: string | null;
}

/** City-level location. A field is null when the database has no data for it. */
interface GeoIPLocation extends GeoIPCountry {
  /** State or province. */
  readonly region: string | null;
  readonly city: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** Accuracy radius around the coordinates, in kilometres. */
  readonly radius: number | null;
}

interface GeoIP {
  /** Country-level detail for the address, or null when nothing is known. */
  getCountry(ipaddr: IPAddress): GeoIPCountry | null;
  /** City-level detail for the address, or null when nothing is known. */
  getPreciseLocation(ipaddr: IPAddress): GeoIPLocation | null;
}

declare const GeoIP: GeoIP;
