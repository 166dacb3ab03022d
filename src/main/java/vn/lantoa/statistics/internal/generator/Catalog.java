package vn.lantoa.statistics.internal.generator;

import java.util.Map;

/**
 * What the generator takes from the database as it is: kind and topic ids (data, never hard-coded
 * ids), the newsroom site, and the public address used in campaign links.
 *
 * @param unitKinds unit kind id by code (TINH_UY, DANG_BO, DANG_UY_XA, CHI_BO, DOAN_THE)
 * @param memberKinds member kind id by code (CAN_BO, DANG_VIEN, DOAN_VIEN, HOI_VIEN)
 * @param topics sharing topic ids
 * @param siteId the newsroom site articles are written to
 * @param siteName the site's name, the source of its own articles
 * @param baseUrl the site's public address
 * @param refutationCategoryId the newsroom category of refutation articles
 * @param newsCategoryIds the other categories campaign articles go to
 */
record Catalog(
        Map<String, Long> unitKinds,
        Map<String, Long> memberKinds,
        long[] topics,
        long siteId,
        String siteName,
        String baseUrl,
        long refutationCategoryId,
        long[] newsCategoryIds) {

    long unitKind(String code) {
        return unitKinds.get(code);
    }

    long memberKind(String code) {
        return memberKinds.get(code);
    }
}
