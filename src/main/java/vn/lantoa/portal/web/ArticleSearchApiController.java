package vn.lantoa.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.platform.Zone;
import vn.lantoa.portal.internal.ArticleSearch;
import vn.lantoa.portal.internal.SearchResults;

/** {@code GET /api/v1/articles?q=…&page=N}: the public search as JSON ({@code page} starts at 1). */
@RestController
@Tag(name = "portal", description = "portal.api.tag")
class ArticleSearchApiController {

    private final ArticleSearch search;
    private final PortalPages pages;

    ArticleSearchApiController(ArticleSearch search, PortalPages pages) {
        this.search = search;
        this.pages = pages;
    }

    @Operation(summary = "portal.api.search.summary", description = "portal.api.search.description")
    @ApiAccess(anonymous = true)
    @GetMapping("/api/v1/articles")
    ArticleSearchResponse articles(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", required = false) String page,
            HttpServletRequest request) {
        SearchResults results = search.search(pages.site(request).id(), q, Pager.parse(page));
        List<ArticleSearchResponse.Item> items = results.items().stream()
                .map(hit -> new ArticleSearchResponse.Item(
                        hit.id(),
                        hit.title(),
                        hit.slug(),
                        PortalPages.absolute(ArticleUrls.path(hit.slug())),
                        hit.summary(),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                hit.publishedAt().atZone(Zone.VIETNAM)),
                        hit.categoryName()))
                .toList();
        return new ArticleSearchResponse(items, results.total());
    }
}
