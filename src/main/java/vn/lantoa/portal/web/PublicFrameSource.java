package vn.lantoa.portal.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.Category;
import vn.lantoa.platform.web.PublicFrame;
import vn.lantoa.portal.internal.SiteDirectory;
import vn.lantoa.portal.internal.SiteSettings;
import vn.lantoa.portal.internal.SiteSettingsStore;

/** The categories in the public navigation and the footer from the site settings. */
@Component
class PublicFrameSource implements PublicFrame.Source {

    private final SiteDirectory sites;
    private final SiteSettingsStore settings;

    /**
     * The frame last built for each site, with the settings and categories it was built from. Both
     * stores hand out the same objects until they are cleared, so an identity check tells whether the
     * frame is still right; building it again (the agency links are split from text) cost 3 % of a
     * rendered page (BENCHMARKS.md, "Render").
     */
    private final Map<Long, Built> built = new ConcurrentHashMap<>();

    private record Built(SiteSettings settings, List<Category> categories, PublicFrame frame) {}

    PublicFrameSource(SiteDirectory sites, SiteSettingsStore settings) {
        this.sites = sites;
        this.settings = settings;
    }

    @Override
    public PublicFrame forHost(String host) {
        return sites.siteForHost(host).map(site -> frame(site.id())).orElse(null);
    }

    private PublicFrame frame(long siteId) {
        SiteSettings s = settings.get(siteId);
        List<Category> categories = sites.categories(siteId);
        Built last = built.get(siteId);
        if (last != null && last.settings() == s && last.categories() == categories) {
            return last.frame();
        }
        List<PublicFrame.Link> sections = categories.stream()
                .map(c -> new PublicFrame.Link(c.name(), PortalRoutes.category(c.slug())))
                .toList();
        List<PublicFrame.Link> agencies = s.links().stream()
                .map(l -> new PublicFrame.Link(l.name(), l.url()))
                .toList();
        PublicFrame frame = new PublicFrame(
                sections,
                s.boardHeadName(),
                s.boardHeadTitle(),
                s.address(),
                s.phone(),
                s.email(),
                agencies,
                s.republishNotice());
        built.put(siteId, new Built(s, categories, frame));
        return frame;
    }
}
