package vn.lantoa.portal.web;

import vn.lantoa.portal.internal.SearchResults;

/** View model of {@code portal/search.jte}. */
public record SearchPage(String query, SearchResults results, Pager pager, boolean shortened, Seo seo) {}
