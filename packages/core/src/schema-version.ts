/** The version of the `Article` shape; bumped on breaking changes. */
export const SCHEMA_VERSION = '1.0' as const
