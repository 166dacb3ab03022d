package vn.lantoa.links;

/** What kind of outlet an official source is. */
public enum SourceKind {
    PARTY_PRESS,
    GOVERNMENT,
    NATIONAL_BROADCASTER,
    NEWS_AGENCY,
    PROVINCIAL_PRESS,
    OTHER
}
